package jpus.taskforce.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Japan and the United States side by side on one topic: each government's instruments, binding
 * ones first, with whom they cover, how they are enforced and whether they are in force. Built
 * from document metadata, so it stays right as documents are edited.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class ComparePage {

    /** Binding instruments first, then from law to practice. */
    private static final List<DocumentType> ORDER = List.of(DocumentType.LAW, DocumentType.REGULATION,
            DocumentType.AGREEMENT, DocumentType.POLICY, DocumentType.GUIDANCE, DocumentType.REPORT,
            DocumentType.BEST_PRACTICE, DocumentType.MEETING_RECORD);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(Page page, String topic, String topicUrl, Column japan,
                Column unitedStates, Column shared);
    }

    /** One side of the comparison. */
    public record Column(String heading, List<Row> rows) {
    }

    /**
     * An instrument as the comparison shows it. {@code textLang} is the language of title, scope and
     * enforcement, which differs from the page's when the document lacks the page's language.
     */
    public record Row(String url, String title, String textLang, String type, boolean binding, String bindingLabel,
            String status, String issued, String scope, String enforcement, String provenance, boolean editorial) {
    }

    @Inject
    DocumentReads reads;

    @Inject
    SecurityIdentity identity;

    @Inject
    Vocabulary vocabulary;

    @GET
    @Path("/compare/{topic}")
    public TemplateInstance compare(@PathParam("lang") String lang, @PathParam("topic") String topicId) {
        Language language = PageLanguage.fromPath(lang);
        Topic topic = vocabulary.topic(topicId).orElseThrow(NotFoundException::new);
        AppMessages msg = Labels.in(language);
        List<Column> columns = reads.byTopic(topic.id(), Viewer.of(identity).readable(), filed -> List.of(
                column(msg.government(Government.JP.code()), filed, Set.of(Government.JP), language),
                column(msg.government(Government.US.code()), filed, Set.of(Government.US), language),
                column(msg.compare_shared(), filed, Set.of(Government.JOINT, Government.INTL), language)));
        Page page = new Page(language, "/compare/" + topic.id(), msg.compare_title(topic.label(language)), "");
        return Templates.compare(page, topic.label(language), "/" + language.code() + "/topics/" + topic.id(),
                columns.get(0), columns.get(1), columns.get(2)).setLocale(language.locale());
    }

    private static Column column(String heading, List<Document> filed, Set<Government> governments, Language language) {
        List<Row> rows = filed.stream()
                .filter(d -> governments.contains(d.getGovernment()))
                .sorted(Comparator.comparing((Document d) -> !d.isBinding())
                        .thenComparing(d -> ORDER.indexOf(d.getType()))
                        .thenComparing(d -> d.getIssued().date(), Comparator.reverseOrder()))
                .map(d -> row(d, language))
                .toList();
        return new Column(heading, rows);
    }

    private static Row row(Document d, Language language) {
        AppMessages msg = Labels.in(language);
        LanguageVersion version = d.findVersion(language).orElseGet(() -> d.findVersion(language.other()).orElseThrow());
        return new Row(Links.document(language, d.getSlug()), version.getTitle(),
                version.getLanguage().code(), msg.document_type(d.getType().code()), d.isBinding(),
                msg.document_binding_value(d.isBinding()), msg.status_value(d.getStatus().code(), d.isBinding()),
                d.getIssued().display(language), version.getScope(), version.getEnforcement(),
                msg.provenance(d.getProvenance().code()), d.getProvenance() == Provenance.EDITORIAL);
    }
}
