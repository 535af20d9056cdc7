package jpus.taskforce.portal.attachment;

/**
 * An accepted upload.
 *
 * @param fileName  a safe file name whose extension matches the content (see {@link AttachmentFileName})
 * @param mediaType the type detected from the content: {@code application/pdf},
 *                  {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document} or
 *                  {@code text/plain} (always UTF-8)
 * @param text      the text for search: paragraphs on lines of their own, at most
 *                  {@link AttachmentInspector#MAX_TEXT_CHARS} characters; empty when the file holds no text
 *                  (a scanned PDF, for instance)
 */
public record InspectedAttachment(String fileName, String mediaType, String text) {
}
