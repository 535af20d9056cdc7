package jpus.taskforce.portal.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the name a client gave an upload into one that is safe to store, list and offer for download on
 * any system: no path, nothing invisible or reordering, nothing Windows refuses, and the extension of the
 * type the content really is.
 */
public final class AttachmentFileName {

    /** Counted in characters (code points), extension included. */
    public static final int MAX_LENGTH = 120;

    private static final String FALLBACK_STEM = "attachment";
    private static final String WINDOWS_RESERVED = "<>:\"/\\|?*";
    private static final Set<String> WINDOWS_DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=[A-Za-z0-9]{0,9}[A-Za-z])[A-Za-z0-9]{1,10}$");
    private static final Pattern EDGE_DOTS_AND_SPACES = Pattern.compile("^[. ]+|[. ]+$");
    private static final Pattern VALID_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private AttachmentFileName() {
    }

    /**
     * @param declaredName the name the client sent, possibly with a path, possibly null
     * @param extension    the extension of the detected type, without the dot ({@code pdf}, {@code docx}, {@code txt})
     * @return a name of at most {@link #MAX_LENGTH} characters ending in {@code .extension};
     *         {@code attachment.extension} when nothing usable is left
     */
    public static String sanitise(String declaredName, String extension) {
        if (extension == null || !VALID_EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("Not a file extension: " + extension);
        }
        String name = Normalizer.normalize(declaredName == null ? "" : declaredName, Normalizer.Form.NFC);
        name = lastPathSegment(name);
        name = dropUnsafeCharacters(name);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        String stem = stripDots(EXTENSION.matcher(stripDots(name)).replaceFirst(""));
        stem = truncate(stem, MAX_LENGTH - extension.length() - 1);
        if (stem.isEmpty()) {
            stem = FALLBACK_STEM;
        } else if (WINDOWS_DEVICE_NAMES.contains(stem.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT))) {
            stem = truncate("_" + stem, MAX_LENGTH - extension.length() - 1);
        }
        return stem + "." + extension;
    }

    private static String lastPathSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    /** Controls, invisible formatting (bidi overrides included) and Windows-reserved characters go; whitespace runs become one space. */
    private static String dropUnsafeCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true;
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || WINDOWS_RESERVED.indexOf(cp) >= 0) {
                continue;
            } else {
                if (pendingSpace && kept.length() > 0) {
                    kept.append(' ');
                }
                pendingSpace = false;
                kept.appendCodePoint(cp);
            }
        }
        return kept.toString();
    }

    /** No leading dots (hidden files), no trailing dots or spaces (Windows drops them). */
    private static String stripDots(String name) {
        return EDGE_DOTS_AND_SPACES.matcher(name).replaceAll("");
    }

    private static String truncate(String stem, int maxCodePoints) {
        if (stem.codePointCount(0, stem.length()) <= maxCodePoints) {
            return stem;
        }
        return stripDots(stem.substring(0, stem.offsetByCodePoints(0, maxCodePoints)));
    }
}
