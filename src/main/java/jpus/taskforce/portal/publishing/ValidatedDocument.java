package jpus.taskforce.portal.publishing;

import java.time.Instant;
import java.util.Map;

import jpus.taskforce.portal.document.DocumentMetadata;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;

/** A {@link DocumentInput} that passed every rule, ready to be stored. */
public record ValidatedDocument(String slug, DocumentMetadata metadata, Map<Language, LanguageText> texts,
        String changeNote, boolean major, Instant publishAt) {

    public ValidatedDocument {
        texts = Map.copyOf(texts);
    }

    public String title() {
        LanguageText text = texts.getOrDefault(Language.EN, texts.get(Language.JA));
        return text.title();
    }
}
