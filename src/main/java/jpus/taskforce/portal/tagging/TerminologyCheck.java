package jpus.taskforce.portal.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;

/**
 * Whether the two language versions of a document use the glossary's terms for each other: when
 * one version uses a term (or one of its variants in that language), the other should contain the
 * glossary's term in its own language. What it finds are warnings for the editor, never errors:
 * a paraphrase can be right.
 */
public final class TerminologyCheck {

    /** A glossary entry: the term in each language and the variants, of either language. */
    public record Term(String en, String ja, List<String> variants) {

        String term(Language language) {
            return language == Language.EN ? en : ja;
        }

        /** The term and its variants written in the language's script. */
        List<String> forms(Language language) {
            return Stream.concat(Stream.of(term(language)), variants.stream().filter(v -> isJapanese(v) == (language == Language.JA)))
                    .filter(Objects::nonNull).toList();
        }
    }

    /**
     * The version in {@code uses} names {@code term}; the version in {@code uses.other()} does not
     * contain {@code expected}, and {@code found} lists the variants of it that it does contain.
     */
    public record Finding(Language uses, String term, String expected, List<String> found) {

        public Language missingIn() {
            return uses.other();
        }

        /** In English, for the content check and API clients. */
        public String message() {
            return "the " + name(uses) + " uses \"" + term + "\"; the " + name(uses.other()) + " does not contain "
                    + expected + (found.isEmpty() ? "" : " (found: " + String.join(", ", found) + ")");
        }

        private static String name(Language language) {
            return language == Language.EN ? "English" : "Japanese";
        }
    }

    private TerminologyCheck() {
    }

    public static List<Finding> check(List<Term> glossary, LanguageText en, LanguageText ja) {
        if (en == null || ja == null) {
            return List.of();
        }
        String english = text(en);
        String japanese = text(ja);
        List<Finding> findings = new ArrayList<>();
        for (Term term : glossary) {
            check(term, Language.EN, english, japanese).ifPresent(findings::add);
            check(term, Language.JA, japanese, english).ifPresent(findings::add);
        }
        return findings;
    }

    private static java.util.Optional<Finding> check(Term term, Language uses, String text, String otherText) {
        Language other = uses.other();
        if (term.term(uses) == null || term.term(other) == null) {
            return java.util.Optional.empty();
        }
        String used = term.forms(uses).stream().filter(form -> form.equals(term.term(uses)) || specific(form))
                .filter(form -> TermMatcher.of(List.of(form)).foundIn(text)).findFirst()
                .orElse(null);
        if (used == null || TermMatcher.of(List.of(term.term(other))).foundIn(otherText)
                || otherText.contains(used)) {
            // Not used, or named the same way in both versions (an acronym the Japanese writes as the English does).
            return java.util.Optional.empty();
        }
        List<String> found = term.forms(other).stream().skip(1)
                .filter(form -> TermMatcher.of(List.of(form)).foundIn(otherText)).toList();
        return java.util.Optional.of(new Finding(uses, used, term.term(other), found));
    }

    /**
     * A variant that names the concept by itself: Japanese, several words, or an acronym. A single
     * ordinary English word among the variants ("finding") is too common to say the concept is meant.
     */
    private static boolean specific(String form) {
        return isJapanese(form) || form.strip().contains(" ") || form.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean isJapanese(String form) {
        return form.codePoints().anyMatch(c -> c >= 0x3000);
    }

    private static String text(LanguageText text) {
        return String.join("\n", Stream.of(text.title(), text.summary(), text.scope(), text.enforcement(), text.body())
                .filter(Objects::nonNull).toList());
    }
}
