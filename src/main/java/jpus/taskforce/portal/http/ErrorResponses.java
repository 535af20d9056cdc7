package jpus.taskforce.portal.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jpus.taskforce.portal.api.Problem;
import jpus.taskforce.portal.web.ErrorPage;

/**
 * The one place that decides how a refusal or a failure is worded: problem+json for the API,
 * where clients read it, and the friendly page in the reader's language everywhere else.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(String path, Problem problem) {
        if (isApi(path)) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        // A page address with a value that cannot be used (a page number of 0) is not a refused form.
        var page = problem.errors() != null && !problem.errors().isEmpty() ? ErrorPage.invalidAddress(path)
                : ErrorPage.render(path, problem.status(), problem.reference());
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }
}
