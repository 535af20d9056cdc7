package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.validation.InvalidParameter;

/**
 * An RFC 9457 problem detail. {@code errors} lists the parameters that were refused; {@code reference}
 * identifies a server-side failure in the logs without revealing anything about it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = { "type", "title", "status" }, description = "An RFC 9457 problem detail: the body of every error under /api "
        + "(application/problem+json). errors names each refused parameter or field; reference identifies an "
        + "unexpected failure in the portal's log.")
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidParameter> errors, String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }
}
