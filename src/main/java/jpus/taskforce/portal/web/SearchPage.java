package jpus.taskforce.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.search.DocumentSearch;
import jpus.taskforce.portal.search.Facet;
import jpus.taskforce.portal.search.FacetLabels;
import jpus.taskforce.portal.search.QueryRejectedException;
import jpus.taskforce.portal.search.SearchParameters;
import jpus.taskforce.portal.search.SearchRequest;
import jpus.taskforce.portal.search.SearchRequestParser;
import jpus.taskforce.portal.search.SearchResults;
import jpus.taskforce.portal.search.SearchSort;
import jpus.taskforce.portal.search.SearchUnavailableException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TermCounts;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The search page. Works without JavaScript: the filters are a GET form, so every state of the
 * page is a URL a reader can share. Parameters it cannot understand are dropped with a notice
 * rather than an error page; an unreachable engine gives a friendly message, not a failure.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, SearchView view);
    }

    /** Why a search page shows less than a search's results. */
    public enum SearchProblem {
        /** Part of the address could not be used (a stale or hand-edited link); the rest was searched. */
        INVALID,
        /** The search engine could not answer. */
        UNAVAILABLE
    }

    /** Everything the search template shows; {@code problem} is null when the search went as asked. */
    public record SearchView(String query, long total, boolean totalExact, List<DocumentCard> hits, List<FacetView> facets,
            List<SortOption> sorts, String issuedFrom, String issuedTo, int page, int pages, String previousUrl,
            String nextUrl, SearchProblem problem, String suggestion, String suggestionUrl, boolean suggestionApplied,
            List<Link> topics, List<DocumentCard> someWordsHits, Long allWordsTotal) {

        public boolean searched() {
            return problem != SearchProblem.UNAVAILABLE;
        }

        public boolean invalid() {
            return problem == SearchProblem.INVALID;
        }

        public boolean unavailable() {
            return problem == SearchProblem.UNAVAILABLE;
        }
    }

    public record SortOption(String value, String label, boolean selected) {
    }

    @Inject
    SearchRequestParser parser;

    @Inject
    SecurityIdentity identity;

    @Inject
    DocumentSearch search;

    @Inject
    FacetLabels facetLabels;

    @Inject
    PageViews views;

    @Inject
    TermCounts termCounts;

    @Inject
    Vocabulary vocabulary;

    private static final int EMPTY_STATE_TOPICS = 8;

    @GET
    @Path("/search")
    public Response search(@PathParam("lang") String lang, @Context UriInfo uri, @BeanParam SearchParameters parameters) {
        Language pageLanguage = PageLanguage.fromPath(lang);
        // Pages show twenty hits: a size in the address is a partner's habit, not the page's.
        parameters.size = null;
        var parsed = parser.parse(parameters, pageLanguage);
        SearchProblem problem = null;
        if (!parsed.valid()) {
            // A hand-edited or stale URL: show what can be shown, say the rest was ignored.
            problem = SearchProblem.INVALID;
            parsed = parser.parse(SearchParameters.ofQuery(truncate(parameters.q)), pageLanguage);
        }
        SearchRequest request = parsed.request();
        SearchResults results = null;
        int status = 200;
        try {
            results = search.search(request, Viewer.of(identity).readable());
        } catch (SearchUnavailableException e) {
            problem = SearchProblem.UNAVAILABLE;
            status = 503;
        } catch (QueryRejectedException e) {
            problem = SearchProblem.INVALID;
            status = 400;
        }
        String path = uri.getRequestUri().getRawPath().substring(3)
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        AppMessages msg = Labels.in(pageLanguage);
        String title = request.hasQuery() ? msg.search_title_query(request.query()) : msg.search_title();
        Page page = new Page(pageLanguage, path, title, request.query());
        SearchView view = view(request, results, problem, pageLanguage, uri);
        return Response.status(status)
                .entity(Templates.search(page, view).setLocale(pageLanguage.locale()))
                .build();
    }

    private SearchView view(SearchRequest request, SearchResults results, SearchProblem problem, Language language, UriInfo uri) {
        AppMessages msg = Labels.in(language);
        List<SortOption> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            sorts.add(new SortOption(sort.code(), msg.search_sort_option(sort.code()), sort == request.sort()));
        }
        String from = request.issuedFrom() == null ? "" : request.issuedFrom().toString();
        String to = request.issuedTo() == null ? "" : request.issuedTo().toString();
        if (results == null) {
            return new SearchView(request.query(), 0, true, List.of(), List.of(), sorts, from, to, 1, 0, null, null, problem,
                    null, null, false, List.of(), List.of(), null);
        }
        // In results widened to some of the words, those with all come first: the page shows where they end.
        List<DocumentCard> hits = new ArrayList<>();
        List<DocumentCard> someWordsHits = new ArrayList<>();
        for (int i = 0; i < results.hits().size(); i++) {
            DocumentCard card = views.card(results.hits().get(i), language);
            (results.hasAllWords(request.offset() + i) ? hits : someWordsHits).add(card);
        }
        List<FacetView> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetView.Option> options = new ArrayList<>();
            results.facets().getOrDefault(facet, List.of()).forEach(count -> options.add(new FacetView.Option(
                    count.value(), facetLabels.label(facet, count.value(), language), count.count(),
                    request.selected(facet).contains(count.value()))));
            // A selected value with no hits left still shows, so the reader can untick it.
            request.selected(facet).stream()
                    .filter(value -> options.stream().noneMatch(o -> o.value().equals(value)))
                    .forEach(value -> options.add(new FacetView.Option(value, facetLabels.label(facet, value, language), 0, true)));
            facets.add(new FacetView(facet.parameter(), msg.search_facet(facet.parameter()), options));
        }
        int pages = (int) Math.min((results.total() + request.size() - 1) / request.size(),
                SearchRequestParser.MAX_WINDOW / request.size());
        String previous = request.page() > 1 ? pageUrl(uri, request.page() - 1) : null;
        String next = request.page() < pages ? pageUrl(uri, request.page() + 1) : null;
        String suggestionUrl = results.suggestion() == null ? null
                : relative(uri.getRequestUriBuilder().replaceQueryParam("q", results.suggestion()).replaceQueryParam("page"));
        return new SearchView(request.query(), results.total(), results.totalExact(), hits, facets, sorts, from, to, request.page(), pages,
                previous, next, problem, results.suggestion(), suggestionUrl, results.suggestionApplied(),
                results.total() == 0 ? topicsWithMostDocuments(language) : List.of(), someWordsHits, results.allWordsTotal());
    }

    /** For an empty result: the topics with the most documents, as ways to continue. */
    private List<Link> topicsWithMostDocuments(Language language) {
        Map<String, Long> counts = termCounts.topics(Viewer.of(identity).readable());
        return vocabulary.topics().stream()
                .sorted(Comparator.comparing((Topic t) -> counts.getOrDefault(t.id(), 0L)).reversed())
                .limit(EMPTY_STATE_TOPICS)
                .map(t -> new Link("/" + language.code() + "/topics/" + t.id(), t.label(language)))
                .toList();
    }

    private static String pageUrl(UriInfo uri, int page) {
        return relative(uri.getRequestUriBuilder().replaceQueryParam("page", page));
    }

    /** Links within the site stay relative, so they survive any proxy or host name in front. */
    private static String relative(UriBuilder url) {
        URI built = url.build();
        return built.getRawPath() + (built.getRawQuery() == null ? "" : "?" + built.getRawQuery());
    }

    private static String truncate(String q) {
        return q == null || q.length() <= SearchRequestParser.MAX_QUERY_LENGTH ? q
                : q.substring(0, SearchRequestParser.MAX_QUERY_LENGTH);
    }
}
