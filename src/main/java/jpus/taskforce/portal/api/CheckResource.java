package jpus.taskforce.portal.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import jpus.taskforce.portal.check.CheckAnswer.Kind;
import jpus.taskforce.portal.check.CheckAnswer;
import jpus.taskforce.portal.check.ProductCheck;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.LastModified;
import jpus.taskforce.portal.i18n.CheckMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.Vocabulary;

@Path("/api/v1/check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product check", description = "What may apply to a good from a country or region, in the United States and Japan")
public class CheckResource {

    @Inject
    ProductCheck check;

    @Inject
    Vocabulary vocabulary;

    @Inject
    SecurityIdentity identity;

    @Inject
    ConditionalResponses conditional;

    @Inject
    LastModified lastModified;

    @Context
    Request httpRequest;

    @GET
    @Operation(operationId = "checkProduct", summary = "Check a product", description = "The rules of the United States and Japan that may apply "
            + "to a good and, optionally, its region of origin, the lists and designations that name them and the guidance for due diligence, "
            + "chosen from the documents' tags and metadata, each with why it was chosen and its official source.")
    @APIResponse(responseCode = "200", description = "The answer, in sections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date given")
    @APIResponse(responseCode = "400", description = "No good, or a good or region the vocabularies do not know (code unknown)")
    public Response check(
            @Parameter(description = "Good id from /api/v1/goods, e.g. cotton; required") @QueryParam("good") String good,
            @Parameter(description = "Region code from /api/v1/regions, e.g. CN-XJ; leave out for any") @QueryParam("region") String region) {
        ProductCheck.Question question = check.question(good, region);
        if (!question.valid()) {
            throw ProblemException.invalidParameters(question.problems());
        }
        CheckView view = check.answer(question, Viewer.of(identity).readable(), this::view);
        return conditional.ok(view, httpRequest, lastModified.get(), "en, ja");
    }

    private CheckView view(CheckAnswer answer) {
        return new CheckView(term(answer.good()), answer.region() == null ? null : term(answer.region()),
                findings(answer.rules()), findings(answer.lists()), findings(answer.guidance()),
                Localized.of(l -> Labels.check(l).check_not_covered()));
    }

    private static CheckView.Term term(TagTerm term) {
        return new CheckView.Term(term.id(), Localized.of(term::label));
    }

    private List<CheckView.Finding> findings(List<CheckAnswer.Finding> findings) {
        return findings.stream().map(this::finding).toList();
    }

    private CheckView.Finding finding(CheckAnswer.Finding finding) {
        Document d = finding.document();
        return new CheckView.Finding(d.getSlug(),
                Localized.of(l -> d.findVersion(l).map(LanguageVersion::getTitle).orElse(null)),
                d.getGovernment(), d.getType(), d.isBinding(), d.getStatus(), d.getCitation(), d.getIssued(), d.getUpdated(),
                d.getSourceUrl(), finding.matches().stream().map(m -> reason(m, d)).toList());
    }

    private CheckView.Reason reason(CheckAnswer.Match match, Document d) {
        Function<Language, String> label = switch (match.kind()) {
            case GOOD -> l -> vocabulary.good(match.id()).map(t -> t.label(l)).orElse(match.id());
            case REGION -> l -> vocabulary.region(match.id()).map(t -> t.label(l)).orElse(match.id());
            case ALL_GOODS -> l -> vocabulary.topic(match.id()).map(t -> t.label(l)).orElse(match.id());
        };
        Map<Language, String> sentences = match.sentences();
        return new CheckView.Reason(match.kind().code(), match.id(), Localized.of(label),
                match.kind() == Kind.ALL_GOODS ? null : Localized.of(sentences::get),
                Localized.of(l -> explanation(Labels.check(l), match, label.apply(l), d)));
    }

    /** The reason in words, the same as the check page shows. */
    public static String explanation(CheckMessages words, CheckAnswer.Match match, String label, Document d) {
        return switch (match.kind()) {
            case GOOD -> words.check_match_good(label);
            case REGION -> words.check_match_region(label);
            case ALL_GOODS -> words.check_match_all_goods(match.id(), d.getGovernment().code());
        };
    }
}
