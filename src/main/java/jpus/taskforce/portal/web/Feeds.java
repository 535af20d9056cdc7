package jpus.taskforce.portal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.search.DocumentSearch;
import jpus.taskforce.portal.search.SearchHit;
import jpus.taskforce.portal.search.SearchParameters;
import jpus.taskforce.portal.search.SearchRequestParser;
import jpus.taskforce.portal.search.SearchSort;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Atom feeds for readers who follow the knowledge base: everything, one topic, or a saved search
 * (same parameters as the search page). Public documents only.
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

    /** One document as a feed entry. */
    public record Entry(String id, String title, String textLang, String url, String updated, String published,
            String summary, List<Category> categories) {
    }

    public record Category(String term, String label) {
    }

    @Inject
    DocumentRepository documents;

    @Inject
    Vocabulary vocabulary;

    @Inject
    DocumentSearch search;

    @Inject
    SearchRequestParser parser;

    @GET
    @Path("/feed.atom")
    public TemplateInstance all(@PathParam("lang") String lang, @Context UriInfo uri) {
        Language language = PageLanguage.fromPath(lang);
        return QuarkusTransaction.joiningExisting().call(() -> feed(uri, language, Labels.in(language).feed_title_all(),
                "/" + language.code() + "/", documents.recentlyChangedPublic(ENTRIES)));
    }

    @GET
    @Path("/topics/{id}/feed.atom")
    public TemplateInstance topic(@PathParam("lang") String lang, @PathParam("id") String id, @Context UriInfo uri) {
        Language language = PageLanguage.fromPath(lang);
        Topic topic = vocabulary.topic(id).orElseThrow(NotFoundException::new);
        return QuarkusTransaction.joiningExisting().call(() -> feed(uri, language,
                Labels.in(language).feed_title_topic(topic.label(language)),
                "/" + language.code() + "/topics/" + topic.id(),
                documents.byTopic(topic.id(), Visibility.PUBLIC_ONLY).stream().limit(ENTRIES).toList()));
    }

    @GET
    @Path("/search.atom")
    public TemplateInstance search(@PathParam("lang") String lang, @Context UriInfo uri, @QueryParam("q") String q,
            @QueryParam("type") List<String> type, @QueryParam("government") List<String> government,
            @QueryParam("agency") List<String> agency, @QueryParam("topic") List<String> topic,
            @QueryParam("language") List<String> language, @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo, @QueryParam("sort") String sort) {
        Language pageLanguage = PageLanguage.fromPath(lang);
        // A feed follows what is new: without a query, or when asked, the newest come first.
        String order = sort == null && (q == null || q.isBlank()) ? SearchSort.NEWEST.code() : sort;
        var parsed = parser.parse(new SearchParameters(q, type, government, agency, topic, language, issuedFrom,
                issuedTo, order, null, String.valueOf(ENTRIES)), pageLanguage);
        if (!parsed.valid()) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        List<String> slugs = search.search(parsed.request(), Visibility.PUBLIC_ONLY).hits().stream().map(SearchHit::slug).toList();
        String query = parsed.request().query();
        AppMessages msg = Labels.in(pageLanguage);
        String title = query.isEmpty() ? msg.feed_title_all() : msg.feed_title_search(query);
        String alternate = "/" + pageLanguage.code() + "/search"
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return QuarkusTransaction.joiningExisting().call(() -> feed(uri, pageLanguage, title, alternate,
                documents.bySlugs(slugs, Visibility.PUBLIC_ONLY)));
    }

    private TemplateInstance feed(UriInfo uri, Language language, String title, String alternatePath, List<Document> docs) {
        String site = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Entry> entries = docs.stream().map(d -> entry(d, language, site)).toList();
        Instant updated = docs.stream().map(Document::getModifiedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Feed feed = new Feed(uri.getRequestUri().toString(), title, language.code(), timestamp(updated),
                Labels.in(language).site_name(), site + alternatePath, entries);
        return Templates.feed(feed);
    }

    private Entry entry(Document d, Language language, String site) {
        LanguageVersion version = d.findVersion(language).orElseGet(() -> d.findVersion(language.other()).orElseThrow());
        String url = site + "/" + language.code() + "/documents/" + d.getSlug();
        List<Category> categories = d.getTopics().stream()
                .map(id -> new Category(id, vocabulary.topic(id).map(t -> t.label(language)).orElse(id)))
                .toList();
        return new Entry(url, version.getTitle(), version.getLanguage().code(), url, timestamp(d.getModifiedAt()),
                timestamp(d.getIssued().date().atStartOfDay().toInstant(ZoneOffset.UTC)), version.getSummary(),
                categories);
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
