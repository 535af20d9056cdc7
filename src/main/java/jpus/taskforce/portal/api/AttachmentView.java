package jpus.taskforce.portal.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.attachment.Attachment;

/** A file attached to a document, with the address to download it. */
@Schema(requiredProperties = { "id", "fileName", "mediaType", "size", "uploadedAt", "url" })
public record AttachmentView(long id, String fileName, String mediaType, long size, Instant uploadedAt, String url) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(), a.getUploadedAt(),
                Links.apiAttachment(a.getSlug(), a.getId()));
    }
}
