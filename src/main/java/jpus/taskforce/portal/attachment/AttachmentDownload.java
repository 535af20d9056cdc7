package jpus.taskforce.portal.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;

/**
 * How a stored file leaves the portal: with the type found when it was checked, as a download
 * (never rendered in the portal's origin), its name in both the plain and the UTF-8 forms of
 * Content-Disposition so that Japanese names survive.
 */
public final class AttachmentDownload {

    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private AttachmentDownload() {
    }

    public static Response response(Attachment attachment) {
        String name = attachment.getFileName();
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(attachment.getContent())
                .type(attachment.getMediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, max-age=0")
                .build();
    }

    /** The file name a client gave in a Content-Disposition header, if any. */
    public static String fileNameFrom(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher star = FILENAME_STAR.matcher(disposition);
        if (star.find()) {
            return java.net.URLDecoder.decode(star.group(1).strip(), StandardCharsets.UTF_8);
        }
        Matcher plain = FILENAME.matcher(disposition);
        return plain.find() ? plain.group(1).strip() : null;
    }
}
