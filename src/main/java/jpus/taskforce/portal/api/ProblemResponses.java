package jpus.taskforce.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the errors every API operation can give, so that each resource method declares only
 * its own: every error response gets the problem+json body with an example, and each operation
 * the errors that follow from its shape (a parameter can be invalid, a path can name nothing, a
 * protected operation refuses missing or insufficient credentials, any client can be rate
 * limited, and an unexpected failure answers with a reference).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String API = "/api/v1/";
    private static final String SECURITY_SCHEME = "oidc";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().values().forEach(operation -> describe(path, operation));
            }
        });
    }

    private static void describe(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = path.contains("{") || operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            addIfAbsent(responses, 400, operation.getRequestBody() != null
                    ? "Invalid parameters, or a body that is not JSON of the expected shape" : "Invalid parameters");
        }
        if (isProtected(operation)) {
            addIfAbsent(responses, 401, "No credentials, or a token that is not valid or has expired");
            addIfAbsent(responses, 403, "The credentials do not allow this");
        }
        if (path.contains("{")) {
            addIfAbsent(responses, 404, "Nothing you may see at this address");
        }
        addIfAbsent(responses, 429, "Too many requests from this client; Retry-After says when to try again");
        addIfAbsent(responses, 500, "An unexpected failure; the reference identifies it in the portal's log");
        responses.getAPIResponses().forEach((code, response) -> {
            int status = status(code);
            if (status >= 400) {
                response.setContent(problem(status, path));
            }
        });
    }

    private static boolean isProtected(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(SECURITY_SCHEME));
    }

    private static void addIfAbsent(APIResponses responses, int status, String description) {
        if (!responses.hasAPIResponse(String.valueOf(status))) {
            responses.addAPIResponse(String.valueOf(status), OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problem(int status, String path) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", type == null ? "Error" : type.getReasonPhrase());
        example.put("status", status);
        example.put("detail", status == 500 ? "The request could not be completed. Quote the reference when reporting this."
                : type == null ? "Error." : type.getReasonPhrase() + ".");
        example.put("instance", path);
        if (status == 500) {
            example.put("reference", "3f9a1c2e");
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .addExample("problem", OASFactory.createExample().value(example)));
    }

    private static int status(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
