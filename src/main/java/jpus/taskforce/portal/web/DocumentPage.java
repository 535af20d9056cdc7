package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.MarkdownRenderer;
import jpus.taskforce.portal.document.PartialDate;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.search.DocumentSearch;
import jpus.taskforce.portal.search.SearchUnavailableException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.translation.TranslationStatus;
import jpus.taskforce.portal.translation.Translations;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * A document in the page's language. When that language version does not exist, the page says so,
 * links the other version and shows it, marked with its own language.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class DocumentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(Page page, DocumentView doc, List<SideBySide.Row> sideBySide,
                List<DocumentCard> related, List<RevisionLine> history, List<FileLink> files, String staffUrl,
                OutdatedNotice outdated);
    }

    /**
     * Said on a language version the other language has moved ahead of: since when, where to read
     * the other version, and what changed there.
     */
    public record OutdatedNotice(String text, int since, String otherUrl, String otherLang, String diffUrl) {
    }

    /**
     * @param contentLang    language of the text shown (differs from the page's when it is missing)
     * @param missingNotice  the "not available in ..." notice, or null
     * @param bodyHtml       the body rendered to safe HTML
     */
    public record DocumentView(String title, String typeLabel, String governmentLabel, String contentLang, String summary,
            String bodyHtml, String missingNotice, String editorialNotice, String reviewedNotice,
            String otherUrl, String otherLabel, String otherLang, String singleLanguageNotice, List<Fact> facts,
            List<TopicLink> topics, List<TopicLink> goods, List<TopicLink> regions, String sourceUrl, String supersededByUrl, String sideBySideUrl,
            String singleViewUrl, String structuredData) {
    }

    /** A row of the metadata panel. */
    public record Fact(String label, String value, String url) {

        Fact(String label, String value) {
            this(label, value, null);
        }
    }

    public record TopicLink(String url, String label) {
    }

    /** A published attachment, downloaded through the pages so that a signed-in reader's session counts. */
    public record FileLink(String url, String name, String size) {
    }

    private static final String SIDE_BY_SIDE = "side-by-side";

    @Inject
    DocumentReads reads;

    @Inject
    SecurityIdentity identity;

    @Inject
    Vocabulary vocabulary;

    @Inject
    DocumentSearch search;

    @Inject
    PageViews views;

    @Inject
    Publishing publishing;

    @Inject
    Attachments attachments;

    @Inject
    Translations translations;

    @GET
    @Path("/documents/{slug}")
    public TemplateInstance document(@PathParam("lang") String lang, @PathParam("slug") String slug,
            @QueryParam("view") String requestedView, @Context UriInfo uri) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = Viewer.of(identity);
        return reads.readable(slug, viewer.readable(), d -> {
            DocumentView view = view(d, language, uri.getBaseUri().toString().replaceAll("/$", ""));
            boolean bothLanguages = d.getLanguages().size() == Language.values().length;
            boolean sideBySide = SIDE_BY_SIDE.equals(requestedView) && bothLanguages;
            List<SideBySide.Row> rows = sideBySide
                    ? SideBySide.rows(d.findVersion(Language.EN).orElseThrow().getBody(),
                            d.findVersion(Language.JA).orElseThrow().getBody())
                    : List.of();
            String path = "/documents/" + d.getSlug() + (sideBySide ? "?view=" + SIDE_BY_SIDE : "");
            Page page = new Page(language, path, view.title(), "");
            String base = Links.document(language, d.getSlug());
            List<RevisionLine> history = publishing.revisions(d.getSlug(), viewer).stream()
                    .map(r -> RevisionLine.of(r, base, language)).toList();
            List<FileLink> files = attachments.published(d.getSlug()).stream()
                    .map(a -> new FileLink(base + "/attachments/" + a.getId(), a.getFileName(), Sizes.of(a.getSizeBytes())))
                    .toList();
            String staffUrl = viewer.isStaff() ? Links.staffDocument(language, d.getSlug()) : null;
            return Templates.document(page, view, rows, related(d, language), history, files, staffUrl,
                    outdated(d, language, history)).setLocale(language.locale());
        }).orElseThrow(NotFoundException::new);
    }

    private OutdatedNotice outdated(Document d, Language language, List<RevisionLine> history) {
        if (d.findVersion(language).isEmpty()) {
            return null;
        }
        Translations.Translation translation = translations.of(d).get(language);
        if (translation.status() != TranslationStatus.OUTDATED) {
            return null;
        }
        int since = translation.since();
        String date = history.stream().filter(r -> r.number() == since).map(RevisionLine::published).findFirst().orElse("");
        Language other = language.other();
        String otherBase = Links.document(other, d.getSlug());
        return new OutdatedNotice(Labels.review(language).translation_outdated_notice(date), since, otherBase, other.code(),
                since > 1 ? otherBase + "/revisions/" + (since - 1) + "/diff/" + since : null);
    }

    private DocumentView view(Document d, Language language, String siteUrl) {
        AppMessages msg = Labels.in(language);
        Language other = language.other();
        LanguageVersion version = d.findVersion(language).orElse(null);
        String missing = null;
        if (version == null) {
            version = d.findVersion(other).orElseThrow();
            missing = msg.document_missing_language(msg.language_name(language.code()));
        }
        boolean hasOther = d.findVersion(other).isPresent();
        String otherLabel = hasOther ? Labels.in(other).document_read_in(Labels.in(other).language_name(other.code())) : null;

        List<Fact> facts = new java.util.ArrayList<>();
        facts.add(new Fact(msg.document_type_label(), msg.document_type(d.getType().code())));
        facts.add(new Fact(msg.document_government(), msg.government(d.getGovernment().code())));
        boolean editorial = d.getProvenance() == Provenance.EDITORIAL;
        facts.add(new Fact(msg.document_provenance(), msg.provenance_value(d.getProvenance().code())));
        facts.add(new Fact(editorial ? msg.document_author() : msg.document_agency(), vocabulary.agency(d.getAgency())
                .map(a -> a.label(language)).orElse(d.getAgency()), "/" + language.code() + "/agencies/" + d.getAgency()));
        if (d.getCitation() != null) {
            facts.add(new Fact(msg.document_citation(), d.getCitation()));
        }
        facts.add(new Fact(msg.document_binding(), msg.document_binding_value(d.isBinding())));
        facts.add(new Fact(msg.document_status(), msg.status_value(d.getStatus().code(), d.isBinding())));
        addDate(facts, msg.document_issued(), d.getIssued(), language);
        addDate(facts, msg.document_effective(), d.getEffective(), language);
        addDate(facts, msg.document_updated(), d.getUpdated(), language);
        if (d.getReviewed() != null) {
            facts.add(new Fact(msg.document_reviewed(), PartialDate.of(d.getReviewed()).display(language)));
        }
        if (version.getScope() != null) {
            facts.add(new Fact(msg.document_scope(), version.getScope()));
        }
        if (version.getEnforcement() != null) {
            facts.add(new Fact(msg.document_enforcement(), version.getEnforcement()));
        }
        List<TopicLink> topics = d.getTopics().stream()
                .map(id -> new TopicLink("/" + language.code() + "/topics/" + id,
                        vocabulary.topic(id).map(t -> t.label(language)).orElse(id)))
                .toList();
        List<TopicLink> goods = d.getGoods().stream()
                .map(id -> new TopicLink("/" + language.code() + "/goods/" + id,
                        vocabulary.good(id).map(t -> t.label(language)).orElse(id)))
                .toList();
        List<TopicLink> regions = d.getRegions().stream()
                .map(id -> new TopicLink("/" + language.code() + "/regions/" + id,
                        vocabulary.region(id).map(t -> t.label(language)).orElse(id)))
                .toList();
        String single = d.getSingleLanguageReason() == null ? null : msg.document_single_language(d.getSingleLanguageReason());
        String base = Links.document(language, d.getSlug());
        String supersededBy = d.getSupersededBy() == null ? null : Links.document(language, d.getSupersededBy());
        return new DocumentView(version.getTitle(), msg.document_type(d.getType().code()),
                msg.government(d.getGovernment().code()), version.getLanguage().code(), version.getSummary(),
                MarkdownRenderer.toSafeHtml(version.getBody()), missing,
                editorial ? msg.document_editorial_notice() : null,
                d.getReviewed() == null ? null : msg.document_reviewed_on(PartialDate.of(d.getReviewed()).display(language)),
                hasOther ? Links.document(other, d.getSlug()) : null, otherLabel, other.code(), single,
                facts, topics, goods, regions, d.getSourceUrl(), supersededBy,
                hasOther && missing == null ? base + "?view=" + SIDE_BY_SIDE : null, base,
                StructuredData.of(d, version, vocabulary.agency(d.getAgency()).map(a -> a.label(language))
                        .orElse(d.getAgency()), siteUrl, siteUrl + base));
    }

    /** Related documents come from the engine; without it the page still shows the document itself. */
    private List<DocumentCard> related(Document d, Language language) {
        try {
            return search.related(d.getId(), d.getSlug(), Viewer.of(identity).readable()).stream().map(hit -> views.card(hit, language)).toList();
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }

    private static void addDate(List<Fact> facts, String label, PartialDate date, Language language) {
        if (date != null) {
            facts.add(new Fact(label, date.display(language)));
        }
    }
}
