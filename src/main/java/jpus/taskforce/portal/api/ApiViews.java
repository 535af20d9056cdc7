package jpus.taskforce.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.MarkdownRenderer;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.DocumentRevision;
import jpus.taskforce.portal.publishing.FieldChange;
import jpus.taskforce.portal.publishing.ReviewRemark;
import jpus.taskforce.portal.search.FacetLabels;
import jpus.taskforce.portal.search.SearchHit;
import jpus.taskforce.portal.search.SearchRequest;
import jpus.taskforce.portal.search.SearchResults;
import jpus.taskforce.portal.tagging.Terminology;
import jpus.taskforce.portal.translation.Translations;

/** Turns documents and search results into the API's response shapes, labelled in the reader's language. */
@ApplicationScoped
public class ApiViews {

    @Inject
    Translations translations;

    @Inject
    Terminology terminology;

    @Inject
    FacetLabels labels;

    public DocumentView document(Document d) {
        Map<String, DocumentView.VersionView> versions = new LinkedHashMap<>();
        d.getVersions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    var v = e.getValue();
                    versions.put(e.getKey().code(), new DocumentView.VersionView(v.getTitle(), v.getSummary(),
                            v.getScope(), v.getEnforcement(), v.getBody(), MarkdownRenderer.toSafeHtml(v.getBody())));
                });
        return new DocumentView(d.getSlug(), d.getType(), d.getGovernment(), d.getAgency(), d.getTopics(),
                d.getIssued(), d.getEffective(), d.getUpdated(), d.getStatus(), d.isBinding(), d.getCitation(),
                d.getSourceUrl(), d.getVisibility(), d.getSupersededBy(), d.getSingleLanguageReason(), d.getProvenance(),
                d.getReviewed(), d.getGoods(), d.getRegions(), List.copyOf(d.getLanguages()), versions,
                d.getAttachments().stream().map(AttachmentView::of).toList(), d.getCurrentRevision(), d.getModifiedAt(),
                translation(d));
    }

    public Map<String, TranslationView> translation(Document d) {
        Map<String, TranslationView> translation = new LinkedHashMap<>();
        translations.of(d).forEach((language, t) -> translation.put(language.code(), new TranslationView(t.status(), t.since())));
        return translation;
    }

    public DraftView draft(DocumentDraft draft, DocumentInput content, List<FieldChange> changes,
            List<Attachment> pendingAttachments, List<ReviewRemark> remarks) {
        List<DraftWarningView> warnings = terminology.check(content).stream().map(DraftWarningView::of).toList();
        Map<String, String> approvals = new LinkedHashMap<>();
        if (draft.getApprovedJp() != null) {
            approvals.put(Government.JP.code(), draft.getApprovedJp());
        }
        if (draft.getApprovedUs() != null) {
            approvals.put(Government.US.code(), draft.getApprovedUs());
        }
        return new DraftView(draft.getSlug(), draft.getTitle(), draft.getGovernment().code(), draft.getState(), approvals,
                draft.getChangeNote(), draft.isMajor(), draft.getPublishAt(), draft.getBaseRevision(),
                draft.getCreatedBy(), draft.getUpdatedBy(), draft.getUpdatedAt(), content, changes,
                pendingAttachments.stream().map(AttachmentView::of).toList(),
                remarks.stream().map(RemarkView::of).toList(), warnings);
    }

    public RevisionView revision(DocumentRevision r, DocumentInput content) {
        return new RevisionView(r.getNumber(), r.isMajor(), r.getChangeNote(), r.getPublishedAt(), r.getPublishedBy(),
                content);
    }

    public SearchResponse search(SearchResults results, SearchRequest request, Language language) {
        List<HitView> hits = new ArrayList<>();
        for (int i = 0; i < results.hits().size(); i++) {
            hits.add(hit(results.hits().get(i), language,
                    results.widened() ? results.hasAllWords(request.offset() + i) : null));
        }
        Map<String, List<FacetValueView>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.parameter(),
                counts.stream().map(c -> new FacetValueView(c.value(), labels.label(facet, c.value(), language), c.count()))
                        .toList()));
        return new SearchResponse(results.total(), results.totalExact(), request.page(), request.size(), hits, facets,
                results.suggestion(), results.suggestion() == null ? null : results.suggestionApplied(), results.next(),
                results.allWordsTotal());
    }

    public List<HitView> hits(List<SearchHit> hits, Language language) {
        return hits.stream().map(hit -> hit(hit, language, null)).toList();
    }

    private static HitView hit(SearchHit hit, Language language, Boolean matchesAllWords) {
        Language shown = hit.titles().containsKey(language) ? language : language.other();
        return new HitView(hit.slug(), hit.type(), hit.government(), hit.agency(), hit.topics(), hit.languages(),
                hit.status(), hit.provenance(), hit.goods(), hit.regions(), hit.titles().get(shown), hit.summaries().get(shown),
                hit.snippetFor(language).map(Map.Entry::getValue).orElse(null), hit.matchedIn(), hit.sourceUrl(),
                hit.issued(),
                Links.document(shown, hit.slug()),
                hit.attachment() == null ? null : new HitView.MatchedAttachment(hit.attachment().id(),
                        hit.attachment().fileName(), hit.attachment().snippet(),
                        Links.apiAttachment(hit.slug(), hit.attachment().id())),
                matchesAllWords);
    }
}
