package jpus.taskforce.portal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into the sentences a reader sees: English after a full stop, question
 * or exclamation mark followed by a space and a capital (but not after "U.S." or "No."), Japanese
 * after 。！？, and both at every line break, so that headings, list items and source lines are never
 * glued to the sentence after them.
 */
public final class Sentences {

    private static final Pattern ENGLISH_END = Pattern.compile("[.!?][\"')\\]]?\\s+(?=[\"'(\\[]?[A-Z0-9])");
    private static final Pattern JAPANESE_END = Pattern.compile("(?<=[。！？])");
    /** List markers and heading marks left at the start of a line by the Markdown text renderer. */
    private static final Pattern LINE_MARKER = Pattern.compile("^(?:[-*+•]|\\d+[.)]|#+)\\s+");
    /** Words that end with a full stop inside a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "art", "arts", "sec", "secs", "para", "e.g",
            "i.e", "etc", "inc", "ltd", "co", "corp", "dr", "mr", "ms", "mrs", "st", "vs", "vol", "pp", "p", "fig",
            "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
            "u.s.c", "u.n", "c.f.r", "pub", "l", "stat", "ch", "cf");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");

    private Sentences() {
    }

    /** The sentences of a Markdown text, in order, without Markdown marks. */
    public static List<String> ofMarkdown(String markdown) {
        return of(MarkdownRenderer.toPlainText(markdown));
    }

    /** The sentences of plain text, in order. */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String line : text.split("\\R")) {
            String stripped = LINE_MARKER.matcher(line.strip()).replaceFirst("").strip();
            for (String english : splitEnglish(stripped)) {
                for (String sentence : JAPANESE_END.split(english)) {
                    if (!sentence.isBlank()) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        return sentences;
    }

    private static List<String> splitEnglish(String line) {
        List<String> parts = new ArrayList<>();
        Matcher end = ENGLISH_END.matcher(line);
        int start = 0;
        while (end.find()) {
            if (line.charAt(end.start()) == '.' && isAbbreviation(line.substring(start, end.start()))) {
                continue;
            }
            parts.add(line.substring(start, end.start() + 1));
            start = end.end();
        }
        parts.add(line.substring(start));
        return parts;
    }

    /** Whether the text before a full stop ends with an abbreviation or a single initial ("U.S", "No"). */
    private static boolean isAbbreviation(String before) {
        Matcher word = LAST_WORD.matcher(before);
        if (!word.find()) {
            return false;
        }
        String last = word.group(1).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(last) || last.length() == 1 || last.matches("(?:\\p{L}\\.)+\\p{L}");
    }
}
