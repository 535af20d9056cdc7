package jpus.taskforce.portal.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request parameter that was refused, and why, in words a partner developer can act on. */
@Schema(requiredProperties = { "name", "reason" })
public record InvalidParameter(String name, String reason) {
}
