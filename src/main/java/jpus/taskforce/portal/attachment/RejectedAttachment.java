package jpus.taskforce.portal.attachment;

/**
 * An uploaded file the portal will not keep. The message is plain English meant for the person who
 * uploaded the file: it never names a class, a library or anything about the server. The reason is the
 * stable part, for a caller that words the answer itself (in Japanese, for instance).
 */
public class RejectedAttachment extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The file has no content at all. */
        EMPTY,
        /** The content is not a PDF, a Word (.docx) document or UTF-8 plain text, whatever its name says. */
        UNSUPPORTED_TYPE,
        /** The content looks like an accepted type but cannot be read. */
        MALFORMED,
        /** The document needs a password to be opened. */
        ENCRYPTED,
        /** A PDF that runs JavaScript or launches programs. */
        ACTIVE_CONTENT,
        /** Reading the file would take more memory or time than is allowed (a decompression bomb, for instance). */
        TOO_COMPLEX
    }

    private final Reason reason;

    RejectedAttachment(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    RejectedAttachment(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
