package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;

import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/**
 * One document in a result list, read from the index alone.
 *
 * @param titles   title per language the document has
 * @param summaries summary per language
 * @param snippet  a highlighted passage as safe HTML (matches wrapped in {@code <mark>}), or null
 * @param snippetLanguage the language of the snippet
 */
public record SearchHit(
        String slug,
        DocumentType type,
        Government government,
        String agency,
        List<String> topics,
        List<Language> languages,
        Map<Language, String> titles,
        Map<Language, String> summaries,
        String snippet,
        Language snippetLanguage,
        String sourceUrl,
        String issued) {
}
