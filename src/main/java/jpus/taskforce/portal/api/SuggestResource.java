package jpus.taskforce.portal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.search.Suggestions;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;

@Path("/api/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class SuggestResource {

    @Inject
    Suggestions suggestions;

    @Inject
    SecurityIdentity identity;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "suggestCompletions", summary = "Suggest completions", description = "Glossary terms, topics and document titles for what a "
            + "reader is typing, in English or Japanese (「強制」 suggests 強制労働).")
    @APIResponse(responseCode = "200", description = "Up to twelve suggestions; none for fewer than two Latin characters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public Response suggest(@Parameter(description = "What has been typed so far") @QueryParam("q") String q,
            @Parameter(description = "Language of topic and document labels: en (default) or ja",
                    schema = @Schema(ref = "Language")) @QueryParam("lang") String lang) {
        if (q != null && q.length() > Suggestions.MAX_PREFIX_LENGTH) {
            throw ProblemException.invalidParameters(List.of(InvalidParameter.tooLong("q", Suggestions.MAX_PREFIX_LENGTH)));
        }
        Language language = DocumentsResource.requestLanguage(lang, headers);
        return Response.ok(new SuggestResponse(suggestions.suggest(q, language, Viewer.of(identity).readable())))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
