package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.CompositeProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import jpus.taskforce.portal.document.Language;

/**
 * A hit of a reader's query: its document's fields, and where the query matched. Titles and
 * summaries are highlighted only to tell which language matched; bodies and attached files give the
 * passages a reader sees ({@link DocumentSearch#PASSAGES}).
 */
@ProjectionConstructor
record IndexedHit(@CompositeProjection HitFields fields, @CompositeProjection Matches matches) {

    /** Where the query matched, as the highlighter marked it. */
    @ProjectionConstructor
    record Matches(
            @HighlightProjection(path = "title_en") List<String> titleEn,
            @HighlightProjection(path = "title_ja") List<String> titleJa,
            @HighlightProjection(path = "summary_en") List<String> summaryEn,
            @HighlightProjection(path = "summary_ja") List<String> summaryJa,
            @HighlightProjection(path = "body_en", highlighter = DocumentSearch.PASSAGES) List<String> bodyEn,
            @HighlightProjection(path = "body_ja", highlighter = DocumentSearch.PASSAGES) List<String> bodyJa,
            @HighlightProjection(path = "attachments.text_en", highlighter = DocumentSearch.PASSAGES) List<String> attachmentEn,
            @HighlightProjection(path = "attachments.text_ja", highlighter = DocumentSearch.PASSAGES) List<String> attachmentJa) {
    }

    /** The hit; {@code answersQuery} when it was found by a reader's query rather than listed. */
    SearchHit toHit(boolean answersQuery) {
        Map<Language, String> snippets = new EnumMap<>(Language.class);
        Passages.best(matches.bodyEn(), Language.EN).ifPresent(p -> snippets.put(Language.EN, p));
        Passages.best(matches.bodyJa(), Language.JA).ifPresent(p -> snippets.put(Language.JA, p));
        List<Language> matched = new ArrayList<>();
        if (any(matches.titleEn(), matches.summaryEn(), matches.bodyEn())) {
            matched.add(Language.EN);
        }
        if (any(matches.titleJa(), matches.summaryJa(), matches.bodyJa())) {
            matched.add(Language.JA);
        }
        String attachmentSnippet = Passages.best(matches.attachmentEn(), Language.EN)
                .or(() -> Passages.best(matches.attachmentJa(), Language.JA)).orElse(null);
        List<Long> ids = fields.attachmentIds();
        // With one attachment the match is that file; with several, DocumentSearch finds which one.
        AttachmentMatch attachment = attachmentSnippet == null ? null
                : ids.size() == 1 ? new AttachmentMatch(ids.get(0), fields.attachmentNames().get(0), attachmentSnippet)
                : new AttachmentMatch(-1, null, attachmentSnippet);
        return fields.toHit(snippets, List.copyOf(matched), attachment, answersQuery);
    }

    @SafeVarargs
    private static boolean any(List<String>... highlights) {
        for (List<String> highlight : highlights) {
            if (highlight != null && !highlight.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
