package jpus.taskforce.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TermCounts;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/** The home page: what the portal is, the newest documents, topics and the governments' sections. */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private static final int LATEST = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<DocumentCard> latest, List<TopicLink> topics,
                List<Link> governments);
    }

    /** A topic on the home page with the number of public documents on it. */
    public record TopicLink(String url, String label, String description, long count) {
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

    @GET
    @Path("/")
    public TemplateInstance home(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        Set<Visibility> readable = Viewer.of(identity).readable();
        List<DocumentCard> latest = reads.latest(LATEST, readable, found -> views.cards(found, language));
        Map<String, Long> counts = termCounts.topics(readable);
        List<TopicLink> topics = vocabulary.topics().stream()
                .map(t -> new TopicLink("/" + language.code() + "/topics/" + t.id(), t.label(language),
                        t.description(language),
                        counts.getOrDefault(t.id(), 0L)))
                .toList();
        Page page = new Page(language, "/", "", "");
        AppMessages msg = Labels.in(language);
        List<Link> governments = Arrays.stream(Government.values())
                .map(g -> new Link("/" + language.code() + "/search?government=" + g.code(),
                        msg.home_government_link(g.code())))
                .toList();
        return Templates.home(page, latest, topics, governments)
                .setLocale(language.locale());
    }
}
