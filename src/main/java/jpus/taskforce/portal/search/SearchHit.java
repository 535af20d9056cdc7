package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Provenance;

/**
 * One document in a result list, read from the index alone.
 *
 * @param titles   title per language the document has
 * @param summaries summary per language
 * @param snippets the passage per language whose body matched, as safe HTML (matches in {@code <mark>})
 * @param matchedIn the languages whose text matched the query (none for a list without a query)
 * @param attachment the attached file that matched, when the query matched an attachment's text
 * @param answersQuery true when the hit answers a reader's query (a list without one quotes nothing)
 */
public record SearchHit(
        String slug,
        DocumentType type,
        Government government,
        String agency,
        List<String> topics,
        List<Language> languages,
        DocumentStatus status,
        Provenance provenance,
        List<String> goods,
        List<String> regions,
        Map<Language, String> titles,
        Map<Language, String> summaries,
        Map<Language, String> snippets,
        List<Language> matchedIn,
        String sourceUrl,
        String issued,
        AttachmentMatch attachment,
        boolean answersQuery) {

    public SearchHit withAttachment(AttachmentMatch match) {
        return new SearchHit(slug, type, government, agency, topics, languages, status, provenance, goods, regions, titles,
                summaries, snippets, matchedIn, sourceUrl, issued, match, answersQuery);
    }

    /**
     * The passage for a reader: where the text matched, in their language when that version
     * matched, else in the other; when no body matched (a title, a topic or a citation did), the
     * first sentence of the summary shown. Empty for a list without a query, which quotes nothing.
     */
    public Optional<Map.Entry<Language, String>> snippetFor(Language reader) {
        for (Language language : List.of(reader, reader.other())) {
            if (snippets.containsKey(language)) {
                return Optional.of(Map.entry(language, snippets.get(language)));
            }
        }
        if (!answersQuery) {
            return Optional.empty();
        }
        Language shown = summaries.containsKey(reader) ? reader : reader.other();
        return Optional.ofNullable(summaries.get(shown)).map(s -> Map.entry(shown, Passages.firstSentence(s)));
    }
}
