package jpus.taskforce.portal.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.portal.document.Language;

/**
 * Conditional GET for partners that poll: every response carries an ETag computed from its own
 * JSON (so any change to what is returned changes the tag) and a Last-Modified; a matching
 * If-None-Match or If-Modified-Since gives 304 with no body. Responses that depend on the reader's
 * language say which (Content-Language) and that caches must key on Accept-Language (Vary).
 */
@ApplicationScoped
public class ConditionalResponses {

    @Inject
    ObjectMapper json;

    public Response ok(Object entity, Request request, Instant lastModified, String contentLanguage) {
        return tagged(entity, request, lastModified)
                .header(HttpHeaders.CONTENT_LANGUAGE, contentLanguage)
                // What a caller may read depends on their credentials: shared caches must not mix callers.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.AUTHORIZATION)
                .build();
    }

    /** For responses without text in a language, such as the change feed. */
    public Response ok(Object entity, Request request, Instant lastModified) {
        return tagged(entity, request, lastModified).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** The JSON that the tag is computed from is the body sent: serialised once, not again on the way out. */
    private Response.ResponseBuilder tagged(Object entity, Request request, Instant lastModified) {
        byte[] body = serialised(entity);
        EntityTag tag = tagOf(body);
        Date modified = Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return response.tag(tag).lastModified(modified);
    }

    public Response ok(Object entity, Request request, Instant lastModified, Language language) {
        return ok(entity, request, lastModified, language.code());
    }

    private byte[] serialised(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response could not be serialised", e);
        }
    }

    private static EntityTag tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
