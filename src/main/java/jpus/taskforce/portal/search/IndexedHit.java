package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Provenance;

/**
 * Everything a hit shows, read from the index alone: no database round trip per result. Titles and
 * summaries are highlighted only to tell which language matched; bodies and attached files give the
 * passages a reader sees ({@link DocumentSearch#PASSAGES}).
 */
@ProjectionConstructor
record IndexedHit(
        @FieldProjection String slug,
        @FieldProjection DocumentType type,
        @FieldProjection Government government,
        @FieldProjection String agency,
        @FieldProjection List<String> topics,
        @FieldProjection List<Language> languages,
        @FieldProjection DocumentStatus status,
        @FieldProjection Provenance provenance,
        @FieldProjection List<String> goods,
        @FieldProjection List<String> regions,
        @FieldProjection String sourceUrl,
        @FieldProjection(path = SearchFields.ISSUED_TEXT) String issued,
        @FieldProjection(path = "title_en") String titleEn,
        @FieldProjection(path = "title_ja") String titleJa,
        @FieldProjection(path = "summary_en") String summaryEn,
        @FieldProjection(path = "summary_ja") String summaryJa,
        @HighlightProjection(path = "title_en") List<String> titleEnMatch,
        @HighlightProjection(path = "title_ja") List<String> titleJaMatch,
        @HighlightProjection(path = "summary_en") List<String> summaryEnMatch,
        @HighlightProjection(path = "summary_ja") List<String> summaryJaMatch,
        @HighlightProjection(path = "body_en", highlighter = DocumentSearch.PASSAGES) List<String> bodyEn,
        @HighlightProjection(path = "body_ja", highlighter = DocumentSearch.PASSAGES) List<String> bodyJa,
        @FieldProjection(path = SearchFields.ATTACHMENT_ID) List<Long> attachmentIds,
        @FieldProjection(path = SearchFields.ATTACHMENT_NAME) List<String> attachmentNames,
        @HighlightProjection(path = "attachments.text_en", highlighter = DocumentSearch.PASSAGES) List<String> attachmentEn,
        @HighlightProjection(path = "attachments.text_ja", highlighter = DocumentSearch.PASSAGES) List<String> attachmentJa) {

    /** The hit; {@code answersQuery} when it was found by a reader's query rather than listed. */
    SearchHit toHit(boolean answersQuery) {
        Map<Language, String> titles = byLanguage(titleEn, titleJa);
        Map<Language, String> summaries = byLanguage(summaryEn, summaryJa);
        Map<Language, String> snippets = new EnumMap<>(Language.class);
        Passages.best(bodyEn, Language.EN).ifPresent(p -> snippets.put(Language.EN, p));
        Passages.best(bodyJa, Language.JA).ifPresent(p -> snippets.put(Language.JA, p));
        List<Language> matched = new ArrayList<>();
        if (any(titleEnMatch, summaryEnMatch, bodyEn)) {
            matched.add(Language.EN);
        }
        if (any(titleJaMatch, summaryJaMatch, bodyJa)) {
            matched.add(Language.JA);
        }
        String attachmentSnippet = Passages.best(attachmentEn, Language.EN)
                .or(() -> Passages.best(attachmentJa, Language.JA)).orElse(null);
        // With one attachment the match is that file; with several, DocumentSearch finds which one.
        AttachmentMatch attachment = attachmentSnippet == null ? null
                : attachmentIds.size() == 1 ? new AttachmentMatch(attachmentIds.get(0), attachmentNames.get(0), attachmentSnippet)
                : new AttachmentMatch(-1, null, attachmentSnippet);
        return new SearchHit(slug, type, government, agency, topics, languages, status, provenance, goods, regions, titles,
                summaries, snippets, List.copyOf(matched), sourceUrl, issued, attachment, answersQuery);
    }

    private static Map<Language, String> byLanguage(String en, String ja) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        if (en != null) {
            map.put(Language.EN, en);
        }
        if (ja != null) {
            map.put(Language.JA, ja);
        }
        return map;
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
