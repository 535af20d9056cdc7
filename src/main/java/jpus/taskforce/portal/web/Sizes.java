package jpus.taskforce.portal.web;

import java.util.Locale;

/** File sizes as people read them. */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return String.format(Locale.ROOT, "%.1f KB", Math.max(bytes, 1) / (double) KB);
    }
}
