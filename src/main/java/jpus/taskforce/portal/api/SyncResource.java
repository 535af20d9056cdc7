package jpus.taskforce.portal.api;

import java.io.BufferedOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.changes.ChangeCursor;
import jpus.taskforce.portal.changes.ChangeEvent;
import jpus.taskforce.portal.changes.ChangeLog;
import jpus.taskforce.portal.changes.DocumentExport;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * Mirroring the knowledge base: export everything the caller may read, then follow the change
 * feed from the cursor the export gave. Events are in commit order and cursors survive restarts,
 * so a mirror that applies them (fetching each changed document by slug) ends in the portal's
 * state: nothing missed, and re-applying a change is harmless because revisions are numbered.
 */
@Path("/api/v1")
@Tag(name = "Sync", description = "Export and change feed for mirrors")
public class SyncResource {

    static final String CURSOR_HEADER = "Portal-Changes-Cursor";
    private static final int MAX_LIMIT = 1000;

    @Inject
    ChangeLog changes;

    @Inject
    ApiViews views;

    @Inject
    DocumentExport export;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    @Inject
    ConditionalResponses conditional;

    @Context
    Request request;

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Follow changes", description = "Changes after the cursor, oldest first: created, updated "
            + "(from the content seed), published (a new revision through review), archived, and withdrawn (the document "
            + "left what you may read). Start from the cursor of an export, or without one to read from the beginning.")
    @APIResponse(responseCode = "200", description = "A page of changes and the cursor to continue from",
            content = @Content(schema = @Schema(implementation = ChangeView.Page.class)))
    @APIResponse(responseCode = "304", description = "No change since the ETag given")
    @APIResponse(responseCode = "400", description = "A cursor this portal did not issue, or a bad limit")
    public Response changes(
            @Parameter(description = "Where to continue: the next of the previous page, or the export's cursor") @QueryParam("since") String since,
            @Parameter(description = "At most this many events are examined, 1 to 1000 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") @Range(min = 1, max = MAX_LIMIT) int limit) {
        long from = since == null || since.isBlank() ? 0 : ChangeCursor.decode(since.strip()).orElseThrow(() ->
                ProblemException.invalidParameters(List.of(new InvalidParameter("since", Reason.CURSOR, "is not a cursor from this portal"))));
        Set<Visibility> readable = Viewer.of(identity).readable();
        List<ChangeEvent> events = changes.after(from, limit);
        List<ChangeView> visible = new ArrayList<>();
        for (ChangeEvent event : events) {
            event.seenBy(readable).ifPresent(name -> visible.add(new ChangeView(ChangeCursor.encode(event.getId()),
                    event.getSlug(), name, event.getRevision(), event.getOccurredAt())));
        }
        long next = events.isEmpty() ? from : events.get(events.size() - 1).getId();
        ChangeView.Page page = new ChangeView.Page(visible, ChangeCursor.encode(next));
        Instant modified = events.isEmpty() ? Instant.EPOCH : events.get(events.size() - 1).getOccurredAt();
        return conditional.ok(page, request, modified);
    }

    @GET
    @Path("/export")
    @Produces("application/x-ndjson")
    @Operation(operationId = "exportDocuments", summary = "Export everything you may read", description = "One document per line (NDJSON) in the "
            + "shape of GET /api/v1/documents/{slug}, both languages and the revision number, streamed in constant "
            + "memory. The Portal-Changes-Cursor header is where to start following /api/v1/changes.")
    @APIResponse(responseCode = "200", description = "The documents, one JSON object per line, each a DocumentView",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "Newline-delimited JSON: one DocumentView per line; a stream, so that any size fits")),
            headers = @Header(name = CURSOR_HEADER, description = "The change-feed cursor taken before the export began",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag given")
    public Response export() {
        Set<Visibility> readable = Viewer.of(identity).readable();
        // Taken before the documents are read: a change made during the export is either in it or
        // after the cursor, never lost.
        long cursor = changes.latest();
        EntityTag tag = new EntityTag("export-" + cursor + "-" + readable.size()
                + "-" + export.lastModified().toEpochMilli());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(CURSOR_HEADER, ChangeCursor.encode(cursor)).build();
        }
        StreamingOutput body = output -> export.write(new BufferedOutputStream(output, 64 * 1024), readable, this::line);
        return Response.ok(body, "application/x-ndjson")
                .tag(tag)
                .header(CURSOR_HEADER, ChangeCursor.encode(cursor))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    private byte[] line(Document document) {
        try {
            return json.writeValueAsBytes(views.document(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document view that Jackson cannot write: " + document.getSlug(), e);
        }
    }


}
