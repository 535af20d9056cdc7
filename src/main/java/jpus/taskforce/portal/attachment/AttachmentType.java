package jpus.taskforce.portal.attachment;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file the portal accepts as attachments. */
enum AttachmentType {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    TEXT("text/plain", "txt");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<AttachmentType> ofMediaType(String detected) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(detected)).findFirst();
    }
}
