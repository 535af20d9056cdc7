package jpus.taskforce.portal.api.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Every operation says how it may be called. Those that need a token name the OIDC scheme
 * themselves ({@code @SecurityRequirement(name = "oidc")} on the resource); every other one is
 * public, and a token still matters there: a partner granted the member role reads restricted
 * documents through the same operations. So a public operation takes no credentials ({@code {}})
 * or a token.
 */
final class OperationSecurity {

    static final String OIDC = "oidc";

    private OperationSecurity() {
    }

    static void declare(ApiOperation api) {
        Operation operation = api.operation();
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(OIDC)));
        }
    }

    /** Whether the operation refuses a caller without credentials. */
    static boolean needsCredentials(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(OperationSecurity::anonymous);
    }

    private static boolean anonymous(SecurityRequirement requirement) {
        return requirement.getSchemes() == null || requirement.getSchemes().isEmpty();
    }
}
