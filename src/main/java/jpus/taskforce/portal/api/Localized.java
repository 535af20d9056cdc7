package jpus.taskforce.portal.api;

import jpus.taskforce.portal.document.Language;

/** A text in both languages; a missing language is null. */
public record Localized(String en, String ja) {

    public static Localized of(java.util.function.Function<Language, String> text) {
        return new Localized(text.apply(Language.EN), text.apply(Language.JA));
    }
}
