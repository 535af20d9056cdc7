package jpus.taskforce.portal.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Provenance;

/** What a hit shows of its document, read from the index alone: no database round trip per result. */
@ProjectionConstructor
record HitFields(
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
        @FieldProjection(path = SearchFields.ATTACHMENT_ID) List<Long> attachmentIds,
        @FieldProjection(path = SearchFields.ATTACHMENT_NAME) List<String> attachmentNames) {

    /** The hit without passages: a related document, or a list without a query. */
    SearchHit toHit() {
        return toHit(Map.of(), List.of(), null, false);
    }

    SearchHit toHit(Map<Language, String> snippets, List<Language> matchedIn, AttachmentMatch attachment,
            boolean answersQuery) {
        return new SearchHit(slug, type, government, agency, topics, languages, status, provenance, goods, regions,
                byLanguage(titleEn, titleJa), byLanguage(summaryEn, summaryJa), snippets, matchedIn, sourceUrl, issued,
                attachment, answersQuery);
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
}
