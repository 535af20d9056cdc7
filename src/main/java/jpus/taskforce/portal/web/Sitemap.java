package jpus.taskforce.portal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * {@code /sitemap.xml}: every public page in both languages, each with its hreflang pair, so
 * search engines index the two versions as translations of each other.
 */
@Path("/sitemap.xml")
public class Sitemap {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sitemap(List<Entry> entries);
    }

    /** A page in the sitemap; {@code en} and {@code ja} are its two addresses, either may be null. */
    public record Entry(String loc, String en, String ja, String lastModified) {
    }

    @Inject
    DocumentReads reads;

    @Inject
    Vocabulary vocabulary;

    @GET
    @Produces("application/xml")
    public TemplateInstance sitemap(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Entry> entries = new ArrayList<>();
        for (String path : List.of("/", "/search", "/topics", "/glossary", "/goods", "/regions", "/check")) {
            addPair(entries, base, path, null, true, true);
        }
        vocabulary.topics().forEach(t -> {
            addPair(entries, base, "/topics/" + t.id(), null, true, true);
            addPair(entries, base, "/compare/" + t.id(), null, true, true);
        });
        vocabulary.goods().forEach(g -> addPair(entries, base, "/goods/" + g.id(), null, true, true));
        vocabulary.regions().forEach(r -> addPair(entries, base, "/regions/" + r.id(), null, true, true));
        reads.allPublic(all -> {
            all.forEach(d -> addPair(entries, base, "/documents/" + d.getSlug(), d.getModifiedAt().toString().substring(0, 10),
                    d.getLanguages().contains(Language.EN), d.getLanguages().contains(Language.JA)));
            return entries;
        });
        return Templates.sitemap(entries);
    }

    private static void addPair(List<Entry> entries, String base, String path, String lastModified, boolean en, boolean ja) {
        String enUrl = en ? base + "/en" + path : null;
        String jaUrl = ja ? base + "/ja" + path : null;
        if (en) {
            entries.add(new Entry(enUrl, enUrl, jaUrl, lastModified));
        }
        if (ja) {
            entries.add(new Entry(jaUrl, enUrl, jaUrl, lastModified));
        }
    }
}
