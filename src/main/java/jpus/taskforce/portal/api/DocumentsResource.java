package jpus.taskforce.portal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LastModified;
import jpus.taskforce.portal.i18n.PreferredLanguage;
import jpus.taskforce.portal.search.DocumentSearch;
import jpus.taskforce.portal.search.SearchCursor;
import jpus.taskforce.portal.search.SearchParameters;
import jpus.taskforce.portal.search.SearchRequestParser;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Search and read the knowledge base")
public class DocumentsResource {

    @Inject
    DocumentSearch search;

    @Inject
    SecurityIdentity identity;

    @Inject
    SearchRequestParser parser;

    @Inject
    DocumentReads reads;

    @Inject
    ApiViews views;

    @Inject
    LastModified lastModified;

    @Inject
    ConditionalResponses conditional;

    @Context
    HttpHeaders headers;

    @Context
    Request httpRequest;

    @GET
    @Operation(operationId = "searchDocuments", summary = "Search documents", description = "Full-text search over English and Japanese with facets. "
            + "An empty q lists all documents, newest first. Values are OR-ed within a filter and AND-ed across filters; "
            + "repeat a parameter (or separate values with commas) to select several values.")
    @APIResponse(responseCode = "200", description = "A page of hits with facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable")
    public Response search(@BeanParam SearchParameters parameters,
            @Parameter(description = "Language of titles, summaries and labels: en or ja; without it, Accept-Language decides",
                    schema = @Schema(ref = "Language")) @QueryParam("lang") String lang,
            @Parameter(description = "Continue after the hits of an earlier answer: its next (instead of page). In date order it walks any depth; in order of relevance up to the 10,000th hit") @QueryParam("cursor") String cursor) {
        Language displayLanguage = requestLanguage(lang, headers);
        var parsed = parser.parse(parameters, displayLanguage);
        if (!parsed.valid()) {
            throw ProblemException.invalidParameters(parsed.problems());
        }
        var request = parsed.request();
        if (cursor != null && !cursor.isBlank()) {
            if (parameters.page != null) {
                throw ProblemException.invalidParameters(List.of(new InvalidParameter("cursor", Reason.CURSOR, "give either page or cursor, not both")));
            }
            request = request.continuing(SearchCursor.decode(cursor).orElseThrow(() -> ProblemException.invalidParameters(
                    List.of(new InvalidParameter("cursor", Reason.CURSOR, "is not a cursor from this portal's search")))));
        }
        SearchResponse response = views.search(search.search(request, viewer().readable()), request, displayLanguage);
        return conditional.ok(response, httpRequest, lastModified(), displayLanguage);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getDocument", summary = "Read a document", description = "The whole document with both language versions.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    @APIResponse(responseCode = "404", description = "No public document has this slug")
    public Response document(@PathParam("slug") String slug) {
        return reads.readable(slug, viewer().readable(),
                d -> conditional.ok(views.document(d), httpRequest, d.getModifiedAt(),
                        String.join(", ", d.getLanguages().stream().map(Language::code).toList())))
                .orElseThrow(() -> notFound(slug));
    }

    @GET
    @Path("/{slug}/related")
    @Operation(operationId = "listRelatedDocuments", summary = "Related documents", description = "Public documents most similar to this one by content, "
            + "in the same hit shape as search.")
    @APIResponse(responseCode = "200", description = "Up to five related documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    @APIResponse(responseCode = "404", description = "No public document has this slug")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable")
    public Response related(@PathParam("slug") String slug,
            @Parameter(description = "Language of titles and summaries: en or ja; without it, Accept-Language decides",
                    schema = @Schema(ref = "Language")) @QueryParam("lang") String lang) {
        Language language = requestLanguage(lang, headers);
        long id = reads.readable(slug, viewer().readable(), Document::getId).orElseThrow(() -> notFound(slug));
        return conditional.ok(new RelatedResponse(views.hits(search.related(id, slug, viewer().readable()), language)), httpRequest,
                lastModified(), language);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("No document has the slug '" + shorten(slug) + "'.");
    }

    private java.time.Instant lastModified() {
        return lastModified.get();
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    /** The {@code lang} parameter when given, else the reader's Accept-Language, else English. */
    static Language requestLanguage(String lang, HttpHeaders headers) {
        if (lang == null || lang.isBlank()) {
            return PreferredLanguage.from(headers.getAcceptableLanguages());
        }
        return CodedValue.fromCode(Language.class, lang).orElseThrow(() -> ProblemException.invalidParameters(
                List.of(InvalidParameter.notAllowed("lang", "en, ja"))));
    }

    private static String shorten(String slug) {
        return slug.length() > 80 ? slug.substring(0, 80) + "…" : slug;
    }
}
