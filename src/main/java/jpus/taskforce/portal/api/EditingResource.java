package jpus.taskforce.portal.api;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.DocumentRevision;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.publishing.RevisionLog;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * Staff write documents through the review workflow: create or edit a draft, submit it, have it
 * approved or sent back with a remark, publish it (now or at a set time), archive it; and everyone who may read a document
 * reads its revision history and the differences between revisions.
 */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing", description = "Drafts, review, publication and revision history (staff)")
@SecurityRequirement(name = "oidc")
public class EditingResource {


    @Inject
    Publishing publishing;

    @Inject
    RevisionLog revisions;

    @Inject
    ApiViews views;

    @Inject
    Attachments attachments;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDocument", summary = "Create a document", description = "Starts a draft from a document in the shape of "
            + "GET /api/v1/documents/{slug}. Editors create their own government's documents; JOINT and INTL ones "
            + "belong to both. The draft is seen only by staff until it is published.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "401", description = "No credentials")
    @APIResponse(responseCode = "403", description = "Not an editor of this government")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "422", description = "The document breaks a rule; errors lists each")
    public Response create(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentInput.class),
                    examples = @ExampleObject(name = "document", value = ApiExamples.DOCUMENT))) DocumentInput input) {
        DocumentDraft draft = publishing.create(input, viewer());
        return Response.created(URI.create(Links.apiDocument(draft.getSlug()) + "/draft"))
                .entity(draftView(draft.getSlug()))
                .build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDocument", summary = "Edit a document", description = "Saves the document as a draft (starting one from the "
            + "published document when there is none). Readers keep seeing the published version until the draft is "
            + "published; saving a draft under review sends it back to draft and clears its approvals.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No document you may see has this slug")
    @APIResponse(responseCode = "422", description = "The document breaks a rule")
    public DraftView update(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentInput.class),
                    examples = @ExampleObject(name = "document", value = ApiExamples.DOCUMENT))) DocumentInput input) {
        publishing.update(slug, input, viewer());
        return draftView(slug);
    }

    @GET
    @Path("/{slug}/draft")
    @Operation(operationId = "getDraft", summary = "Read a draft", description = "The draft, its state and approvals, and its changes against the published document.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No draft you may see has this slug")
    public DraftView draft(@PathParam("slug") String slug) {
        return draftView(slug);
    }

    @POST
    @Path("/{slug}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitDraft", summary = "Submit a draft for review", description = "Optional body: {\"changeNote\": \"...\", \"major\": true}. "
            + "A change note is required for a document already published.")
    @APIResponse(responseCode = "200", description = "The draft, now in review", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "409", description = "The draft is not in the draft state")
    public DraftView submit(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowStep.class),
                    examples = @ExampleObject(name = "change note", value = ApiExamples.SUBMIT))) WorkflowStep step) {
        publishing.submit(slug, step == null ? null : step.changeNote(), step == null ? null : step.major(), viewer());
        return draftView(slug);
    }

    @POST
    @Path("/{slug}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnDraft", summary = "Send a draft back to its editors", description = "A reviewer of the "
            + "document's government sends a draft in review back with a remark, {\"remark\": \"...\"}: the draft is "
            + "editable again, its approvals no longer hold, and the remark joins its remarks.")
    @APIResponse(responseCode = "200", description = "The draft, back in the draft state", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer of this government")
    @APIResponse(responseCode = "409", description = "The draft is not in review")
    @APIResponse(responseCode = "422", description = "The remark is missing or too long")
    public DraftView returnDraft(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemarkInput.class),
                    examples = @ExampleObject(name = "remark", value = ApiExamples.RETURN))) RemarkInput input) {
        publishing.returnToEditors(slug, input == null ? null : input.remark(), viewer());
        return draftView(slug);
    }

    @GET
    @Path("/{slug}/remarks")
    @Operation(operationId = "listRemarks", summary = "Review remarks", description = "The remarks made on the document's "
            + "drafts, oldest first, kept after publication. Read by the staff who may see the document's drafts.")
    @APIResponse(responseCode = "200", description = "The remarks",
            content = @Content(schema = @Schema(implementation = RemarkView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No document whose drafts you may see has this slug")
    public List<RemarkView> remarks(@PathParam("slug") String slug) {
        return publishing.remarks(slug, viewer()).stream().map(RemarkView::of).toList();
    }

    @POST
    @Path("/{slug}/remarks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRemark", summary = "Add a review remark", description = "Anyone who may see the draft "
            + "adds a remark, {\"text\": \"...\"}, whatever the draft's state.")
    @APIResponse(responseCode = "201", description = "The remark", content = @Content(schema = @Schema(implementation = RemarkView.class)))
    @APIResponse(responseCode = "404", description = "No draft you may see has this slug")
    @APIResponse(responseCode = "422", description = "The text is missing or too long")
    public Response createRemark(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemarkInput.class),
                    examples = @ExampleObject(name = "remark", value = ApiExamples.REMARK))) RemarkInput input) {
        RemarkView remark = RemarkView.of(publishing.remark(slug, input == null ? null : input.text(), viewer()));
        return Response.created(URI.create("/api/v1/documents/" + slug + "/remarks")).entity(remark).build();
    }

    @POST
    @Path("/{slug}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveDraft", summary = "Approve a draft", description = "A reviewer of the document's government approves it; a JOINT "
            + "document needs a reviewer of each government. Nobody approves their own change.")
    @APIResponse(responseCode = "200", description = "The draft with the approval", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer of this government, or the author")
    @APIResponse(responseCode = "409", description = "The draft is not in review, or already approved by your government")
    public DraftView approve(@PathParam("slug") String slug) {
        publishing.approve(slug, viewer());
        return draftView(slug);
    }

    @POST
    @Path("/{slug}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishDraft", summary = "Publish an approved draft", description = "A reviewer of the "
            + "document's government publishes it (its editors do not: separation of duties), now, or at {\"publishAt\": \"2027-01-06T00:00:00Z\"}. "
            + "A scheduled publication is kept in the database and happens even if the portal restarts in between.")
    @APIResponse(responseCode = "200", description = "Published: the document as readers now see it", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "202", description = "Scheduled: the draft with its publication time", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "409", description = "The draft is not approved")
    public Response publish(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowStep.class),
                    examples = @ExampleObject(name = "scheduled", value = ApiExamples.PUBLISH))) WorkflowStep step) {
        Instant at = publishAt(step);
        Viewer viewer = viewer();
        return publishing.publish(slug, at, viewer)
                .map(published -> Response.ok(publishing.publishedDocument(slug, viewer, views::document)).build())
                .orElseGet(() -> Response.accepted(draftView(slug)).build());
    }

    @POST
    @Path("/{slug}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "archiveDocument", summary = "Archive a published document", description = "It stays readable, marked as archived and "
            + "ranked lower in search. Optional body: {\"changeNote\": \"...\"}.")
    @APIResponse(responseCode = "200", description = "The archived document", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "Already archived")
    public DocumentView archive(@PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowStep.class),
                    examples = @ExampleObject(name = "change note", value = ApiExamples.ARCHIVE))) WorkflowStep step) {
        publishing.archive(slug, step == null ? null : step.changeNote(), viewer());
        return publishing.publishedDocument(slug, viewer(), views::document);
    }

    @GET
    @Path("/{slug}/revisions")
    @Operation(operationId = "listRevisions", summary = "Revision history", description = "Every published state of the document, newest first, with its change note.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(schema = @Schema(implementation = RevisionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No document you may see has this slug")
    public List<RevisionView> revisions(@PathParam("slug") String slug) {
        return publishing.revisions(slug, viewer()).stream().map(r -> views.revision(r, null)).toList();
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @Operation(operationId = "getRevision", summary = "One revision", description = "The document exactly as it was published in that revision.")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No such revision of a document you may see")
    public RevisionView revision(@PathParam("slug") String slug, @PathParam("number") @Min(1) int number) {
        DocumentRevision revision = publishing.revisions(slug, viewer()).stream()
                .filter(r -> r.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new PublishingException.NotFound(slug));
        return views.revision(revision, revisions.read(revision.getContent()));
    }

    @GET
    @Path("/{slug}/revisions/{from}/diff/{to}")
    @Operation(operationId = "diffRevisions", summary = "Differences between two revisions", description = "Changed fields only; Markdown bodies line by line.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(schema = @Schema(implementation = DiffView.class)))
    @APIResponse(responseCode = "404", description = "No such revisions of a document you may see")
    public DiffView diff(@PathParam("slug") String slug, @PathParam("from") @Min(1) int from,
            @PathParam("to") @Min(1) int to) {
        return new DiffView(slug, from, to, publishing.diff(slug, from, to, viewer()));
    }

    private DraftView draftView(String slug) {
        Viewer viewer = viewer();
        return publishing.draft(slug, viewer, draft -> views.draft(draft, publishing.content(draft),
                publishing.pendingChanges(slug, viewer), attachments.pending(slug), publishing.remarks(slug, viewer)));
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private static Instant publishAt(WorkflowStep step) {
        if (step == null || step.publishAt() == null || step.publishAt().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(step.publishAt().strip());
        } catch (DateTimeParseException e) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("publishAt", Reason.INSTANT,
                    "must be an ISO-8601 instant such as 2027-01-06T00:00:00Z")));
        }
    }
}
