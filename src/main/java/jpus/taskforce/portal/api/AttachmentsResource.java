package jpus.taskforce.portal.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.attachment.AttachmentDownload;
import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/** PDF, DOCX and plain-text files attached to documents. */
@Path("/api/v1/documents/{slug}/attachments")
@Tag(name = "Publishing")
public class AttachmentsResource {


    @Inject
    Attachments attachments;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "oidc")
    @Operation(operationId = "uploadAttachment", summary = "Attach a file to a draft", description = "The body is the file itself; its name comes from "
            + "the name parameter or the Content-Disposition header. The type is decided from the content (PDF, DOCX "
            + "or UTF-8 text), never from the name; the text is extracted and searched with the document once the "
            + "draft is published.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "The document has no draft")
    @APIResponse(responseCode = "413", description = "Larger than the limit (20 MB by default)")
    @APIResponse(responseCode = "422", description = "Empty, of a type not accepted, unreadable, encrypted or with active content")
    public Response upload(@PathParam("slug") String slug,
            @Parameter(description = "The file's name, e.g. report.pdf") @QueryParam("name") String name,
            @Parameter(description = "The file's name when name is left out, as in attachment; filename=\"report.pdf\"")
            @HeaderParam("Content-Disposition") String disposition, byte[] body) {
        Attachment attachment = attachments.upload(slug, body == null ? new byte[0] : body,
                name != null ? name : AttachmentDownload.fileNameFrom(disposition), Viewer.of(identity));
        AttachmentView view = AttachmentView.of(attachment);
        return Response.created(URI.create(view.url())).type(MediaType.APPLICATION_JSON).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment", description = "With its type and a Content-Disposition naming the file.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such attachment on a document you may read")
    public Response download(@PathParam("slug") String slug, @PathParam("id") String id) {
        return attachments.readable(slug, id(id), Viewer.of(identity))
                .map(AttachmentDownload::response)
                .orElseThrow(() -> new PublishingException.NotFound(slug));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = "oidc")
    @Operation(operationId = "deleteAttachment", summary = "Remove an attachment", description = "Editors of the document, while it has a draft.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("slug") String slug, @PathParam("id") String id) {
        attachments.delete(slug, id(id), Viewer.of(identity));
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameters(List.of(new InvalidParameter("id", Reason.ID, "must be an attachment number")));
        }
    }
}
