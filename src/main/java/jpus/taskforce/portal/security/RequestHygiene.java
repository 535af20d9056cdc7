package jpus.taskforce.portal.security;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jpus.taskforce.portal.api.Problem;
import jpus.taskforce.portal.web.ErrorPage;

/**
 * Turns away, before anything reads them, request parts that no legitimate client sends and that
 * the layers below would trip over: a NUL byte in the address (the database refuses it in a
 * string), and an Accept-Language that is not a language list (the template layer chooses its
 * variant from it). The first gets a 400; the second is ignored, as a browser's odd header should be.
 */
public class RequestHygiene {

    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?\\s*");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.toLowerCase(Locale.ROOT).contains("%00")) {
            String path = request.getUriInfo().getPath();
            if (path.startsWith("/api/")) {
                return Response.status(400).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(400, "Bad Request", "The address contains a NUL character.", path)).build();
            }
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(ErrorPage.render(path, 400, null)).build();
        }
        String languages = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (languages != null && !isLanguageList(languages)) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        return null;
    }

    static boolean isLanguageList(String header) {
        if (header.length() > 500) {
            return false;
        }
        for (String range : header.split(",", -1)) {
            if (!LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }
}
