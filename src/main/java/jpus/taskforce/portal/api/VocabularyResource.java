package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LastModified;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.TermCounts;
import jpus.taskforce.portal.vocabulary.Vocabulary;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Topics, goods, regions and the English–Japanese glossary")
public class VocabularyResource {

    @Inject
    Vocabulary vocabulary;

    @Inject
    SecurityIdentity identity;

    @Inject
    TermCounts termCounts;

    @Inject
    ConditionalResponses conditional;

    @Inject
    LastModified lastModified;

    @Context
    Request httpRequest;

    /** Topics and glossary terms carry both languages. */
    private static final String BOTH_LANGUAGES = "en, ja";

    @GET
    @Path("/topics")
    @Operation(operationId = "listTopics", summary = "List topics", description = "The topic vocabulary, in its editorial order, with the number of public documents on each topic.")
    @APIResponse(responseCode = "200", description = "The topics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    public Response topics() {
        Map<String, Long> counts = termCounts.topics(Viewer.of(identity).readable());
        List<TopicView> topics = vocabulary.topics().stream()
                .map(t -> new TopicView(t.id(), Localized.of(t::label), Localized.of(t::description),
                        counts.getOrDefault(t.id(), 0L)))
                .toList();
        return conditional.ok(topics, httpRequest, lastModified(), BOTH_LANGUAGES);
    }

    @GET
    @Path("/goods")
    @Operation(operationId = "listGoods", summary = "List goods", description = "The products and materials documents are tagged with, "
            + "in the vocabulary's order, each with its broader good and the number of documents the caller may read that cover it.")
    @APIResponse(responseCode = "200", description = "The goods",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagTermView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    public Response goods() {
        Map<String, Long> counts = termCounts.goods(Viewer.of(identity).readable());
        return conditional.ok(views(vocabulary.goods(), counts), httpRequest, lastModified(), BOTH_LANGUAGES);
    }

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "List regions", description = "The countries and regions documents are tagged with, "
            + "by ISO 3166 code, each with the country it lies in and the number of documents the caller may read that cover it.")
    @APIResponse(responseCode = "200", description = "The regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagTermView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    public Response regions() {
        Map<String, Long> counts = termCounts.regions(Viewer.of(identity).readable());
        return conditional.ok(views(vocabulary.regions(), counts), httpRequest, lastModified(), BOTH_LANGUAGES);
    }

    private static List<TagTermView> views(List<? extends TagTerm> terms, Map<String, Long> counts) {
        return terms.stream()
                .map(t -> new TagTermView(t.id(), Localized.of(t::label), t.parent(), counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    @GET
    @Path("/glossary")
    @Operation(operationId = "listGlossaryTerms", summary = "List glossary terms", description = "English–Japanese term pairs with variants and definitions; "
            + "search uses them to find documents across languages.")
    @APIResponse(responseCode = "200", description = "The glossary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GlossaryTermView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    public Response glossary() {
        List<GlossaryTermView> terms = vocabulary.glossary().stream()
                .map(g -> new GlossaryTermView(g.term(Language.EN),
                        g.term(Language.JA), g.variants(), Localized.of(g::definition)))
                .toList();
        return conditional.ok(terms, httpRequest, lastModified(), BOTH_LANGUAGES);
    }

    private java.time.Instant lastModified() {
        return lastModified.get();
    }
}
