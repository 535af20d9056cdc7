package jpus.taskforce.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.vocabulary.GlossaryTerm;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The English–Japanese glossary, in the page's language first. The filter is a plain GET form, so
 * it works without JavaScript and a filtered list can be shared as a link.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class GlossaryPage {

    private static final int MAX_FILTER_LENGTH = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance glossary(Page page, String filter, List<Entry> entries, int total);
    }

    /** A term in the page's language with its counterpart in the other language. */
    public record Entry(String term, String otherTerm, String otherLang, List<String> variants, String definition,
            String searchUrl) {
    }

    @Inject
    Vocabulary vocabulary;

    @GET
    @Path("/glossary")
    public TemplateInstance glossary(@PathParam("lang") String lang, @QueryParam("q") String q) {
        Language language = PageLanguage.fromPath(lang);
        String filter = q == null ? "" : q.strip();
        if (filter.length() > MAX_FILTER_LENGTH) {
            filter = filter.substring(0, MAX_FILTER_LENGTH);
        }
        String needle = filter.toLowerCase(Locale.ROOT);
        List<GlossaryTerm> terms = vocabulary.glossary();
        List<Entry> entries = terms.stream()
                .filter(t -> needle.isEmpty() || matches(t, needle))
                .map(t -> entry(t, language))
                .toList();
        String path = "/glossary" + (filter.isEmpty() ? "" : "?q=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        Page page = new Page(language, path, Labels.in(language).glossary_title(), "");
        return Templates.glossary(page, filter, entries, terms.size()).setLocale(language.locale());
    }

    private static boolean matches(GlossaryTerm term, String needle) {
        return contains(term.term(Language.EN), needle) || contains(term.term(Language.JA), needle)
                || term.variants().stream().anyMatch(v -> contains(v, needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Entry entry(GlossaryTerm term, Language language) {
        String shown = term.term(language);
        return new Entry(shown, term.term(language.other()), language.other().code(), term.variants(),
                term.definition(language),
                "/" + language.code() + "/search?q=" + URLEncoder.encode("\"" + shown + "\"",
                        StandardCharsets.UTF_8));
    }
}
