package jpus.taskforce.portal.api.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the OpenAPI document the partner contract: the operations under /api/v1 and nothing else
 * (pages are for people, and their routes are no promise to anyone), each with its security, its
 * conditional requests and its errors described the same way, and only the schemas they use.
 * The steps run in this order because each reads what the one before wrote: the errors an
 * operation lists depend on whether it needs a token, and on its own parameters, not on the
 * conditional-request header added after them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnerContract implements OASFilter {

    /** Every path of the contract starts with this; see docs/api.md for what may change under it. */
    public static final String API = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith(API))
                .toList()
                .forEach(openAPI.getPaths()::removePathItem);
        List<ApiOperation> operations = ApiOperation.all(openAPI);
        operations.forEach(OperationSecurity::declare);
        operations.forEach(ProblemResponses::describe);
        operations.forEach(ConditionalGets::describe);
        UnusedComponents.remove(openAPI);
    }
}
