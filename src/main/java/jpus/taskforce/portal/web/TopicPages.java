package jpus.taskforce.portal.web;

import java.util.List;
import java.util.Map;

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

import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TermCounts;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The topic index and one page per topic, with its documents grouped by government. Read from the
 * database, so they keep working while the search engine is down.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class TopicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topics(Page page, List<TopicEntry> topics);

        static native TemplateInstance topic(Page page, TopicEntry topic, List<PageViews.GovernmentGroup> groups);
    }

    /** A topic with its links and number of public documents. */
    public record TopicEntry(String id, String label, String description, int count, String url, String compareUrl,
            String searchUrl) {
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
    @Path("/topics")
    public TemplateInstance topics(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        Map<String, Long> counts = termCounts.topics(Viewer.of(identity).readable());
        List<TopicEntry> entries = vocabulary.topics().stream()
                .map(t -> entry(t, language, counts.getOrDefault(t.id(), 0L).intValue()))
                .toList();
        Page page = new Page(language, "/topics", Labels.in(language).topics_title(), "");
        return Templates.topics(page, entries).setLocale(language.locale());
    }

    @GET
    @Path("/topics/{id}")
    public TemplateInstance topic(@PathParam("lang") String lang, @PathParam("id") String id) {
        Language language = PageLanguage.fromPath(lang);
        Topic topic = vocabulary.topic(id).orElseThrow(NotFoundException::new);
        Page page = new Page(language, "/topics/" + topic.id(), topic.label(language), "");
        return reads.byTopic(topic.id(), Viewer.of(identity).readable(),
                filed -> Templates.topic(page, entry(topic, language, filed.size()), views.groups(filed, language)))
                .setLocale(language.locale());
    }

    private static TopicEntry entry(Topic topic, Language language, int count) {
        String base = "/" + language.code();
        return new TopicEntry(topic.id(), topic.label(language), topic.description(language), count,
                base + "/topics/" + topic.id(), base + "/compare/" + topic.id(), base + "/search?topic=" + topic.id());
    }
}
