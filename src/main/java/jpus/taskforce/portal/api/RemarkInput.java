package jpus.taskforce.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of a remark: {@code text} when adding one, {@code remark} when sending a draft back
 * with it. One of the two is read, depending on the operation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemarkInput(String text, String remark) {
}
