package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/**
 * One document in a result list, read from the index alone.
 *
 * @param titles   title per language the document has
 * @param summaries summary per language
 * @param snippets highlighted passages per language that matched, as safe HTML (matches in {@code <mark>})
 * @param matchedIn the languages whose text matched the query (none for a list without a query)
 * @param attachment the attached file that matched, when the query matched an attachment's text
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
        Map<Language, String> snippets,
        List<Language> matchedIn,
        String sourceUrl,
        String issued,
        AttachmentMatch attachment) {

    public SearchHit withAttachment(AttachmentMatch match) {
        return new SearchHit(slug, type, government, agency, topics, languages, titles, summaries, snippets, matchedIn,
                sourceUrl, issued, match);
    }

    /** The best passage for a reader: in their language when that version matched, else in the other. */
    public Optional<Map.Entry<Language, String>> snippetFor(Language reader) {
        for (Language language : List.of(reader, reader.other())) {
            if (snippets.containsKey(language)) {
                return Optional.of(Map.entry(language, snippets.get(language)));
            }
        }
        return Optional.empty();
    }
}
