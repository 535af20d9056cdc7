package jpus.taskforce.portal.content;

import java.util.Map;

import jpus.taskforce.portal.document.DocumentMetadata;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;

/**
 * One document as its files describe it, validated and ready to be written.
 *
 * @param path the document's folder, relative to the content folder
 * @param hash a digest of its files, to recognise an unchanged document without comparing fields
 * @param sourceException why the source is not on the issuing body's own site, when it is not (content check)
 */
public record DocumentSource(String slug, String path, DocumentMetadata metadata, Map<Language, LanguageText> versions,
        String hash, String sourceException) {

    public DocumentSource {
        versions = Map.copyOf(versions);
    }
}
