package jpus.taskforce.portal.api.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The local run has no Keycloak: its demo accounts sign in on the API with HTTP Basic (README).
 * Where Basic sign-in is on, the document offers it beside every token requirement, so that
 * Swagger UI and a client generated from the local run can call the staff operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class LocalRunSignIn implements OASFilter {

    static final String BASIC = "basic";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean basic = ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.basic", Boolean.class).orElse(false);
        if (!basic || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("The local run's demo accounts (README): each password is the account's name"));
        ApiOperation.all(openAPI).forEach(api -> {
            List<SecurityRequirement> requirements = api.operation().getSecurity();
            if (requirements != null && requirements.stream().anyMatch(r -> r.hasScheme(OperationSecurity.OIDC))) {
                List<SecurityRequirement> withBasic = new ArrayList<>(requirements);
                withBasic.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
                api.operation().setSecurity(withBasic);
            }
        });
    }
}
