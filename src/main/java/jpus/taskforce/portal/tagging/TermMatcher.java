package jpus.taskforce.portal.tagging;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.document.Sentences;

/**
 * Finds where a text names a term in one of its forms: Latin forms as whole words (with a plural
 * ending: "tomato" finds "tomatoes"), Japanese forms anywhere, since Japanese has no spaces, but a
 * form of a single kanji only where no other kanji touches it. Used
 * to find the sentence that backs a document's tag, and to check that both language versions use
 * the glossary's terms.
 */
public final class TermMatcher {

    /**
     * A form as written, and where it stands as a word. The form is inside every match, and looking
     * for it costs far less than the pattern: most texts name few of the vocabulary's terms.
     */
    private record Form(String text, Pattern pattern) {

        boolean foundIn(String normalized) {
            return normalized.contains(text) && pattern.matcher(normalized).find();
        }
    }

    private final List<Form> forms;

    private TermMatcher(List<Form> forms) {
        this.forms = forms;
    }

    public static TermMatcher of(List<String> forms) {
        return new TermMatcher(forms.stream().map(TermMatcher::normalize).filter(f -> !f.isBlank())
                .map(form -> new Form(form, pattern(form))).toList());
    }

    private static Pattern pattern(String form) {
        boolean latin = form.codePoints().allMatch(c -> c < 0x3000);
        if (isSingleKanji(form)) {
            // One kanji is a word only on its own: 金 (gold) is not inside 賃金 (wages) or 金属 (metal).
            return Pattern.compile("(?<!\\p{IsHan})" + Pattern.quote(form) + "(?!\\p{IsHan})");
        }
        if (!latin) {
            return Pattern.compile(Pattern.quote(form));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?:s|es)?(?![\\p{L}\\p{N}])");
    }

    /** A form of one kanji, which Japanese text also uses inside other words. */
    public static boolean isSingleKanji(String form) {
        return form.codePointCount(0, form.length()) == 1
                && Character.UnicodeScript.of(form.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Whether the text names the term. */
    public boolean foundIn(String text) {
        String normalized = normalize(text == null ? "" : text);
        return forms.stream().anyMatch(form -> form.foundIn(normalized));
    }

    /** The first sentence of a language version (title, summary, then body) that names the term. */
    public Optional<String> sentenceIn(LanguageText text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String part : List.of(text.title(), text.summary())) {
            if (foundIn(part)) {
                return Optional.of(part);
            }
        }
        return Sentences.ofMarkdown(text.body()).stream().filter(this::foundIn).findFirst();
    }

    /** Width-folded and lower-cased, as terms and text are compared. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
