package jpus.taskforce.portal.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.DocumentRevision;
import jpus.taskforce.portal.publishing.RevisionLog;
import jpus.taskforce.portal.search.DocumentSearch;
import jpus.taskforce.portal.search.SearchHit;
import jpus.taskforce.portal.search.SearchParameters;
import jpus.taskforce.portal.search.SearchRequestParser;
import jpus.taskforce.portal.search.SearchSort;
import jpus.taskforce.portal.translation.Translations;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Atom feeds for readers who follow the knowledge base: everything, one topic, or a saved search
 * (same parameters as the search page). Public documents only.
 *
 * <p>Each entry is a document at one published revision, with the revision's change note. Its id
 * names the revision, so that a feed reader, which shows an id only once, announces every new
 * revision as a new entry instead of silently replacing an entry already read. The feed of
 * everything lists the newest revisions across documents, so a document revised twice appears
 * twice; a topic's or a search's feed lists its documents at their latest revision.
 */
@Path(PageLanguage.PATH)
@Produces("application/atom+xml")
public class Feeds {

    private static final int ENTRIES = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(Feed feed);
    }

    /** An Atom feed: {@code id} is its own absolute URL, stable across requests. */
    public record Feed(String id, String title, String lang, String updated, String author, String alternateUrl,
            List<Entry> entries) {
    }

    /**
     * One document at one revision as a feed entry. {@code id} is the address of the revision in the
     * document's history; {@code diffUrl} is null for a first revision.
     */
    /**
     * @param author the issuing body of an official instrument, or the knowledge base's editors for an editorial note
     * @param provenance what the document is, in the feed's language ("Official instrument", "Editorial note")
     */
    public record Entry(String id, String title, String textLang, String url, String updated, String published,
            String summary, List<Category> categories, int revision, boolean major, String changeNote, String diffUrl,
            String author, String provenance) {
    }

    public record Category(String term, String label) {
    }

    @Inject
    DocumentReads reads;

    @Inject
    Vocabulary vocabulary;

    @Inject
    DocumentSearch search;

    @Inject
    SearchRequestParser parser;

    @Inject
    RevisionLog revisions;

    @Inject
    Translations translations;

    @GET
    @Path("/feed.atom")
    public TemplateInstance all(@PathParam("lang") String lang, @Context UriInfo uri) {
        Language language = PageLanguage.fromPath(lang);
        List<DocumentRevision> newest = revisions.newest(ENTRIES, Visibility.PUBLIC_ONLY);
        return reads.bySlugs(newest.stream().map(DocumentRevision::getSlug).distinct().toList(), Visibility.PUBLIC_ONLY, found -> {
            Map<String, Document> bySlug = found.stream().collect(Collectors.toMap(Document::getSlug, Function.identity()));
            List<Revised> revised = newest.stream().filter(r -> bySlug.containsKey(r.getSlug()))
                    .map(r -> new Revised(bySlug.get(r.getSlug()), r)).toList();
            return feed(uri, language, Labels.in(language).feed_title_all(), "/" + language.code() + "/", revised);
        });
    }

    @GET
    @Path("/topics/{id}/feed.atom")
    public TemplateInstance topic(@PathParam("lang") String lang, @PathParam("id") String id, @Context UriInfo uri) {
        Language language = PageLanguage.fromPath(lang);
        Topic topic = vocabulary.topic(id).orElseThrow(NotFoundException::new);
        return reads.byTopic(topic.id(), Visibility.PUBLIC_ONLY, filed -> feed(uri, language,
                Labels.in(language).feed_title_topic(topic.label(language)),
                "/" + language.code() + "/topics/" + topic.id(),
                atLatestRevision(filed.stream().limit(ENTRIES).toList())));
    }

    @GET
    @Path("/search.atom")
    public TemplateInstance search(@PathParam("lang") String lang, @Context UriInfo uri,
            @BeanParam SearchParameters parameters) {
        Language pageLanguage = PageLanguage.fromPath(lang);
        // A feed follows what is new: without a query, or when asked, the newest come first.
        if (parameters.sort == null && (parameters.q == null || parameters.q.isBlank())) {
            parameters.sort = SearchSort.NEWEST.code();
        }
        parameters.page = null;
        parameters.size = ENTRIES;
        var parsed = parser.parse(parameters, pageLanguage);
        if (!parsed.valid()) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        List<String> slugs = search.search(parsed.request(), Visibility.PUBLIC_ONLY).hits().stream().map(SearchHit::slug).toList();
        String query = parsed.request().query();
        AppMessages msg = Labels.in(pageLanguage);
        String title = query.isEmpty() ? msg.feed_title_all() : msg.feed_title_search(query);
        String alternate = "/" + pageLanguage.code() + "/search"
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return reads.bySlugs(slugs, Visibility.PUBLIC_ONLY, found -> feed(uri, pageLanguage, title, alternate,
                atLatestRevision(found)));
    }

    /** A document with the revision an entry shows. */
    private record Revised(Document document, DocumentRevision revision) {
    }

    private List<Revised> atLatestRevision(List<Document> docs) {
        Map<String, DocumentRevision> latest = revisions.latest(docs.stream().map(Document::getSlug).toList());
        return docs.stream().filter(d -> latest.containsKey(d.getSlug()))
                .map(d -> new Revised(d, latest.get(d.getSlug()))).toList();
    }

    private TemplateInstance feed(UriInfo uri, Language language, String title, String alternatePath, List<Revised> revised) {
        String site = uri.getBaseUri().toString().replaceAll("/$", "");
        Set<String> outdating = translations.outdatingRevisions(revised.stream().map(r -> r.document().getSlug()).distinct().toList());
        List<Entry> entries = revised.stream().map(r -> entry(r, language, site, outdating)).toList();
        Instant updated = revised.stream().map(r -> r.revision().getPublishedAt()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Feed feed = new Feed(uri.getRequestUri().toString(), title, language.code(), timestamp(updated),
                Labels.in(language).site_name(), site + alternatePath, entries);
        return Templates.feed(feed).setLocale(language.locale());
    }

    private Entry entry(Revised revised, Language language, String site, Set<String> outdating) {
        Document d = revised.document();
        DocumentRevision revision = revised.revision();
        LanguageVersion version = d.findVersion(language).orElseGet(() -> d.findVersion(language.other()).orElseThrow());
        String url = site + Links.document(language, d.getSlug());
        RevisionLine line = RevisionLine.of(revision, url, language);
        List<Category> categories = new java.util.ArrayList<>(d.getTopics().stream()
                .map(id -> new Category(id, vocabulary.topic(id).map(t -> t.label(language)).orElse(id)))
                .toList());
        String provenance = Labels.in(language).provenance(d.getProvenance().code());
        categories.add(new Category("provenance-" + d.getProvenance().code(), provenance));
        if (outdating.contains(d.getSlug() + "@" + revision.getNumber())) {
            // A reader of the other language learns that this revision is not yet in their version.
            categories.add(new Category("translation-outdated", Labels.review(language).translation_category()));
        }
        String published = timestamp(revision.getPublishedAt());
        return new Entry(url + "#" + line.anchor(), version.getTitle(), version.getLanguage().code(), url, published,
                published, version.getSummary(), List.copyOf(categories), line.number(), line.major(), line.changeNote(),
                line.diffUrl(), vocabulary.agency(d.getAgency()).map(a -> a.label(language)).orElse(d.getAgency()),
                provenance);
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
