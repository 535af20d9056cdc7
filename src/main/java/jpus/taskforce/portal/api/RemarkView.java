package jpus.taskforce.portal.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.publishing.ReviewRemark;

/**
 * A remark made on a draft: who, when, on the draft of which revision (the number it would have,
 * or had, once published), the text, and whether the draft was sent back with it.
 */
@Schema(requiredProperties = { "author", "at", "revision", "text", "returned" })
public record RemarkView(String author, Instant at, int revision, String text, boolean returned) {

    static RemarkView of(ReviewRemark remark) {
        return new RemarkView(remark.getAuthor(), remark.getMadeAt(), remark.getRevision(), remark.getText(),
                remark.isReturned());
    }
}
