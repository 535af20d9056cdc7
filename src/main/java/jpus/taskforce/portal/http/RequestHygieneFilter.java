package jpus.taskforce.portal.http;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jpus.taskforce.portal.api.Problem;

/**
 * Turns away, before anything reads them, request parts that no legitimate client sends and that
 * the layers below would trip over: a NUL byte in the address (the database refuses it in a
 * string) gets a 400; an Accept or Accept-Language that is not a list of media types or languages
 * (the template layer chooses its variant from them) and an If-Modified-Since that is not a date
 * (the precondition check parses it) are ignored, as RFC 9110 says invalid conditions should be.
 */
public class RequestHygieneFilter {

    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?\\s*");

    private static final String TOKEN = "[\\w!#$%&'*+.^`|~-]+";
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*(" + TOKEN + ")/(" + TOKEN + ")(\\s*;\\s*" + TOKEN
            + "\\s*=\\s*(" + TOKEN + "|\"[^\"]*\"))*\\s*");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.toLowerCase(Locale.ROOT).contains("%00")) {
            String path = request.getUriInfo().getPath();
            return ErrorResponses.of(path, Problem.of(400, "Bad Request", "The address contains a NUL character.", path));
        }
        dropUnless(request, HttpHeaders.ACCEPT_LANGUAGE, RequestHygieneFilter::isLanguageList);
        dropUnless(request, HttpHeaders.ACCEPT, value -> isList(value, MEDIA_RANGE));
        dropUnless(request, HttpHeaders.IF_MODIFIED_SINCE, RequestHygieneFilter::isHttpDate);
        dropUnless(request, HttpHeaders.IF_UNMODIFIED_SINCE, RequestHygieneFilter::isHttpDate);
        return null;
    }

    private static void dropUnless(ContainerRequestContext request, String header, Predicate<String> valid) {
        String value = request.getHeaderString(header);
        if (value != null && !valid.test(value)) {
            request.getHeaders().remove(header);
        }
    }

    static boolean isHttpDate(String value) {
        try {
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isList(String header, Pattern element) {
        if (header.length() > 1000) {
            return false;
        }
        for (String part : header.split(",", -1)) {
            if (!element.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isLanguageList(String header) {
        return isList(header, LANGUAGE_RANGE);
    }
}
