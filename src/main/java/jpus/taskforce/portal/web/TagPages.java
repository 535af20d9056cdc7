package jpus.taskforce.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.i18n.CheckMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.TermCounts;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The goods and regions indexes and one page per good or region, with the documents that cover it
 * (those tagged with a narrower entry included) grouped by government. Read from the database, so
 * they keep working while the search engine is down.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class TagPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance terms(Page page, String intro, List<TermEntry> terms);

        static native TemplateInstance term(Page page, String indexUrl, String indexTitle, TermEntry term,
                Link broader, List<Link> narrower, List<PageViews.GovernmentGroup> groups);
    }

    /** A good or region with its links and the number of documents the reader may see that cover it. */
    public record TermEntry(String id, String label, String otherLabel, String otherLang, boolean narrower, int count,
            String url, String searchUrl, String checkUrl, String checkLabel) {
    }

    /** What differs between the goods and the regions: the path, the search parameter, the words. */
    private record Kind(String path, String parameter, Function<String, Optional<? extends TagTerm>> find,
            java.util.function.Supplier<List<? extends TagTerm>> all) {
    }

    @Inject
    DocumentReads reads;

    @Inject
    TermCounts termCounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    Vocabulary vocabulary;

    @Inject
    PageViews views;

    /** How a term page reads the documents tagged with any of its terms. */
    @FunctionalInterface
    private interface Covering {
        TemplateInstance read(List<String> terms, Set<Visibility> readable, Function<List<Document>, TemplateInstance> view);
    }

    private Kind goods() {
        return new Kind("/goods", "good", vocabulary::good, vocabulary::goods);
    }

    private Kind regions() {
        return new Kind("/regions", "region", vocabulary::region, vocabulary::regions);
    }

    @GET
    @Path("/goods")
    public TemplateInstance goods(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        CheckMessages words = Labels.check(language);
        Map<String, Long> counts = termCounts.goods(Viewer.of(identity).readable());
        return index(goods(), language, words.goods_title(), words.goods_intro(), counts);
    }

    @GET
    @Path("/regions")
    public TemplateInstance regions(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        CheckMessages words = Labels.check(language);
        Map<String, Long> counts = termCounts.regions(Viewer.of(identity).readable());
        return index(regions(), language, words.regions_title(), words.regions_intro(), counts);
    }

    @GET
    @Path("/goods/{id}")
    public TemplateInstance good(@PathParam("lang") String lang, @PathParam("id") String id) {
        Language language = PageLanguage.fromPath(lang);
        return page(goods(), language, id, Labels.check(language).goods_title(), vocabulary.goodAndNarrower(id),
                reads::byGoods);
    }

    @GET
    @Path("/regions/{id}")
    public TemplateInstance region(@PathParam("lang") String lang, @PathParam("id") String id) {
        Language language = PageLanguage.fromPath(lang);
        return page(regions(), language, id, Labels.check(language).regions_title(), vocabulary.regionAndNarrower(id),
                reads::byRegions);
    }

    private TemplateInstance index(Kind kind, Language language, String title, String intro, Map<String, Long> counts) {
        List<TermEntry> entries = kind.all().get().stream()
                .map(t -> entry(kind, t, language, counts.getOrDefault(t.id(), 0L).intValue()))
                .toList();
        return Templates.terms(new Page(language, kind.path(), title, ""), intro, entries).setLocale(language.locale());
    }

    private TemplateInstance page(Kind kind, Language language, String id, String indexTitle, List<String> withNarrower,
            Covering covering) {
        TagTerm term = kind.find().apply(id).orElseThrow(NotFoundException::new);
        String base = "/" + language.code() + kind.path() + "/";
        Link broader = term.parent() == null ? null
                : kind.find().apply(term.parent()).map(p -> new Link(base + p.id(), p.label(language))).orElse(null);
        List<Link> narrower = kind.all().get().stream().filter(t -> term.id().equals(t.parent()))
                .map(t -> new Link(base + t.id(), t.label(language))).toList();
        Page page = new Page(language, kind.path() + "/" + term.id(), term.label(language), "");
        return covering.read(withNarrower, Viewer.of(identity).readable(),
                found -> Templates.term(page, "/" + language.code() + kind.path(), indexTitle,
                        entry(kind, term, language, found.size()), broader, narrower, views.groups(found, language)))
                .setLocale(language.locale());
    }

    private static TermEntry entry(Kind kind, TagTerm term, Language language, int count) {
        String base = "/" + language.code();
        CheckMessages words = Labels.check(language);
        String encoded = java.net.URLEncoder.encode(term.id(), java.nio.charset.StandardCharsets.UTF_8);
        boolean good = kind.parameter().equals("good");
        return new TermEntry(term.id(), term.label(language), term.label(language.other()), language.other().code(),
                term.parent() != null, count, base + kind.path() + "/" + encoded,
                base + "/search?" + kind.parameter() + "=" + encoded,
                base + "/check?" + kind.parameter() + "=" + encoded,
                good ? words.good_check_link() : words.region_check_link());
    }
}
