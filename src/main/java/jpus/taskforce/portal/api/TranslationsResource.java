package jpus.taskforce.portal.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.publishing.AllowedSteps;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.translation.TranslationStatus;
import jpus.taskforce.portal.translation.Translations;
import jpus.taskforce.portal.validation.InvalidParameter;

/** The language versions waiting for translators, for the staff of the governments concerned. */
@Path("/api/v1/translations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing")
@SecurityRequirement(name = "oidc")
public class TranslationsResource {

    @Inject
    Translations translations;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listTranslations", summary = "Outdated and missing translations", description = "The language "
            + "versions of the documents you work on (your government's, and JOINT and INTL ones) that are outdated or "
            + "missing, by slug. Staff only.")
    @APIResponse(responseCode = "200", description = "The language versions",
            content = @Content(schema = @Schema(implementation = TranslationEntryView.class, type = SchemaType.ARRAY)))
    public List<TranslationEntryView> list(
            @Parameter(description = "Only this status: outdated or missing (default both)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "outdated", "missing" }))
            @QueryParam("status") String status) {
        Viewer viewer = Viewer.of(identity);
        if (viewer.isAnonymous()) {
            throw new PublishingException.NotSignedIn();
        }
        if (!viewer.isStaff()) {
            throw new PublishingException.Forbidden("Translation status is for editors, reviewers and administrators.");
        }
        var statuses = statuses(status);
        return translations.pending(viewer.readable(),
                d -> AllowedSteps.worksOn(viewer, d.getGovernment()), statuses, p -> {
                    Language titled = p.document().findVersion(p.language()).isPresent() ? p.language() : p.language().other();
                    return new TranslationEntryView(p.document().getSlug(),
                            p.document().findVersion(titled).orElseThrow().getTitle(), p.document().getGovernment(),
                            p.language(), p.translation().status(), p.translation().since());
                });
    }

    static Set<TranslationStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.of(TranslationStatus.OUTDATED, TranslationStatus.MISSING);
        }
        return switch (status.strip()) {
            case "outdated" -> EnumSet.of(TranslationStatus.OUTDATED);
            case "missing" -> EnumSet.of(TranslationStatus.MISSING);
            default -> throw ProblemException.invalidParameters(List.of(InvalidParameter.notAllowed("status", "outdated, missing")));
        };
    }
}
