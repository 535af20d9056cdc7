package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Optional;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Sentences;

/**
 * Chooses the passage a hit quotes. The highlighter returns up to three passages of one paragraph
 * each, best first, of whole sentences up to about 220 characters; a short one (a list item of a
 * few words) helps a reader less than a full sentence, so the first passage long enough to read as
 * context wins.
 */
final class Passages {

    /** Shortest passage that reads as context: about one English sentence, or half a Japanese one. */
    private static final int ENOUGH_EN = 80;
    private static final int ENOUGH_JA = 30;

    private Passages() {
    }

    /** The passage to show from highlighted fragments (safe HTML, best first), if any. */
    static Optional<String> best(List<String> fragments, Language language) {
        if (fragments == null || fragments.isEmpty()) {
            return Optional.empty();
        }
        int enough = language == Language.JA ? ENOUGH_JA : ENOUGH_EN;
        return fragments.stream().filter(f -> plainLength(f) >= enough).findFirst().or(() -> Optional.of(fragments.get(0)));
    }

    /** A summary's first sentence as safe HTML: what a hit quotes when its body did not match. */
    static String firstSentence(String summary) {
        List<String> sentences = Sentences.of(summary);
        return escape(sentences.isEmpty() ? summary : sentences.get(0));
    }

    private static int plainLength(String html) {
        return html.replaceAll("</?mark>", "").replaceAll("&[a-z#0-9]+;", "x").length();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
