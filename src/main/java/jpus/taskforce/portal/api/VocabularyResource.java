package jpus.taskforce.portal.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.vocabulary.Vocabulary;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Topics and the English–Japanese glossary")
public class VocabularyResource {

    @Inject
    Vocabulary vocabulary;

    @Inject
    DocumentRepository documents;

    @GET
    @Path("/topics")
    @Operation(summary = "List topics", description = "The topic vocabulary, in its editorial order, with the number of public documents on each topic.")
    public List<TopicView> topics() {
        Map<String, Long> counts = QuarkusTransaction.joiningExisting().call(documents::publicCountsByTopic);
        return vocabulary.topics().stream()
                .map(t -> new TopicView(t.id(), Localized.of(t::label), Localized.of(t::description),
                        counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    @GET
    @Path("/glossary")
    @Operation(summary = "List glossary terms", description = "English–Japanese term pairs with variants and definitions; "
            + "search uses them to find documents across languages.")
    public List<GlossaryTermView> glossary() {
        return vocabulary.glossary().stream()
                .map(g -> new GlossaryTermView(g.term(Language.EN),
                        g.term(Language.JA), g.variants(), Localized.of(g::definition)))
                .toList();
    }
}
