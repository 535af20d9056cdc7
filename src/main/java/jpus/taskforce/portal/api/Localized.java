package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.document.Language;

/** A text in both languages; a missing language is null. */
@Schema(requiredProperties = { "en", "ja" })
public record Localized(@Schema(nullable = true) String en, @Schema(nullable = true) String ja) {

    public static Localized of(java.util.function.Function<Language, String> text) {
        return new Localized(text.apply(Language.EN), text.apply(Language.JA));
    }
}
