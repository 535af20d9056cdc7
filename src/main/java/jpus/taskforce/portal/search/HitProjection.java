package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/** Everything a hit shows, read from the index alone: no database round trip per result. */
final class HitProjection {

    private static final List<String> HIGHLIGHTED = List.of(
            SearchFields.text(TextPart.BODY, Language.EN), SearchFields.text(TextPart.SUMMARY, Language.EN),
            SearchFields.text(TextPart.TITLE, Language.EN),
            SearchFields.text(TextPart.BODY, Language.JA), SearchFields.text(TextPart.SUMMARY, Language.JA),
            SearchFields.text(TextPart.TITLE, Language.JA));

    private HitProjection() {
    }

    static ProjectionFinalStep<?>[] projections(SearchProjectionFactory<?, ?> f) {
        List<ProjectionFinalStep<?>> projections = new ArrayList<>();
        projections.add(f.field(SearchFields.SLUG, String.class));
        projections.add(f.field(SearchFields.TYPE, DocumentType.class));
        projections.add(f.field(SearchFields.GOVERNMENT, Government.class));
        projections.add(f.field(SearchFields.AGENCY, String.class));
        projections.add(f.field(SearchFields.TOPICS, String.class).list());
        projections.add(f.field(SearchFields.LANGUAGES, Language.class).list());
        projections.add(f.field(SearchFields.SOURCE_URL, String.class));
        projections.add(f.field(SearchFields.ISSUED_TEXT, String.class));
        for (Language language : Language.values()) {
            projections.add(f.field(SearchFields.text(TextPart.TITLE, language), String.class));
            projections.add(f.field(SearchFields.text(TextPart.SUMMARY, language), String.class));
        }
        for (String field : HIGHLIGHTED) {
            projections.add(f.highlight(field));
        }
        projections.add(f.field(SearchFields.ATTACHMENT_ID, Long.class).list());
        projections.add(f.field(SearchFields.ATTACHMENT_NAME, String.class).list());
        for (Language language : Language.values()) {
            projections.add(f.highlight(SearchFields.attachmentText(language)));
        }
        return projections.toArray(ProjectionFinalStep<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    static SearchHit toHit(List<?> row) {
        int i = 0;
        String slug = (String) row.get(i++);
        DocumentType type = (DocumentType) row.get(i++);
        Government government = (Government) row.get(i++);
        String agency = (String) row.get(i++);
        List<String> topics = (List<String>) row.get(i++);
        List<Language> languages = (List<Language>) row.get(i++);
        String sourceUrl = (String) row.get(i++);
        String issued = (String) row.get(i++);
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            putIfPresent(titles, language, (String) row.get(i++));
            putIfPresent(summaries, language, (String) row.get(i++));
        }
        Map<Language, String> snippets = new EnumMap<>(Language.class);
        List<Language> matched = new ArrayList<>();
        for (String field : HIGHLIGHTED) {
            List<String> fragments = (List<String>) row.get(i++);
            Language language = field.endsWith("_" + Language.JA.code()) ? Language.JA : Language.EN;
            if (fragments != null && !fragments.isEmpty()) {
                if (!matched.contains(language)) {
                    matched.add(language);
                }
                // A title match says which language matched, but the passage to show comes from the text.
                if (!field.startsWith(TextPart.TITLE.id())) {
                    snippets.putIfAbsent(language, fragments.get(0));
                }
            }
        }
        List<Long> attachmentIds = (List<Long>) row.get(i++);
        List<String> attachmentNames = (List<String>) row.get(i++);
        String attachmentSnippet = null;
        for (Language language : Language.values()) {
            List<String> fragments = (List<String>) row.get(i++);
            if (attachmentSnippet == null && fragments != null && !fragments.isEmpty()) {
                attachmentSnippet = fragments.get(0);
            }
        }
        // With one attachment the match is that file; with several, DocumentSearch finds which one.
        AttachmentMatch attachment = attachmentSnippet == null ? null
                : attachmentIds.size() == 1 ? new AttachmentMatch(attachmentIds.get(0), attachmentNames.get(0), attachmentSnippet)
                : new AttachmentMatch(-1, null, attachmentSnippet);
        return new SearchHit(slug, type, government, agency, topics, languages, titles, summaries, snippets,
                List.copyOf(matched), sourceUrl, issued, attachment);
    }

    private static void putIfPresent(Map<Language, String> map, Language language, String value) {
        if (value != null) {
            map.put(language, value);
        }
    }
}
