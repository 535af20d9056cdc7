package jpus.taskforce.portal.api.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import jpus.taskforce.portal.api.Problem;

/**
 * Describes the errors every API operation can give, so that each resource method declares only
 * its own: every error response gets the problem+json body with an example, and each operation
 * the errors that follow from its shape (a parameter can be invalid, a path can name nothing, a
 * token can be invalid, an operation that needs credentials refuses missing or insufficient ones,
 * any client can be rate limited, and an unexpected failure answers with a reference).
 */
final class ProblemResponses {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void describe(ApiOperation api) {
        Operation operation = api.operation();
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = api.namesSomething() || operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            addIfAbsent(responses, 400, operation.getRequestBody() != null
                    ? "Invalid parameters, or a body that is not JSON of the expected shape" : "Invalid parameters");
        }
        if (OperationSecurity.needsCredentials(operation)) {
            addIfAbsent(responses, 401, "No credentials, or a token that is not valid or has expired");
            addIfAbsent(responses, 403, "The credentials do not allow this");
        } else {
            addIfAbsent(responses, 401, "A token was sent that is not valid or has expired");
        }
        if (api.namesSomething()) {
            addIfAbsent(responses, 404, "Nothing you may see at this address");
        }
        addIfAbsent(responses, 429, "Too many requests from this client; Retry-After says when to try again");
        addIfAbsent(responses, 500, "An unexpected failure; the reference identifies it in the portal's log");
        responses.getAPIResponses().forEach((code, response) -> {
            int status = status(code);
            if (status >= 400) {
                response.setContent(problem(status, api.path()));
            }
        });
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
