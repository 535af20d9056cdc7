package jpus.taskforce.portal.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.PartialDate;

/**
 * A document as staff send it: the shape of {@code GET /api/v1/documents/{slug}} (its read-only
 * parts, such as rendered HTML or dates of change, are ignored), plus what the next revision
 * should say about itself. Values are plain strings so that every mistake can be reported by
 * field rather than as unreadable JSON.
 *
 * @param provenance {@code official} (the default) or {@code editorial}
 * @param reviewed when the facts were last checked against the source (YYYY-MM-DD)
 * @param changeNote what changed, for the revision history
 * @param major whether readers should notice the change (a correction is minor)
 * @param publishAt when an approved draft should go public (ISO-8601 instant); now when absent
 * @param noTranslationNeeded the change to one language needs no change to the other (a typo fix,
 *        say), so the other does not become outdated when it is published
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInput(
        String slug,
        @Schema(ref = "DocumentType") String type,
        @Schema(ref = "Government") String government,
        String agency,
        List<String> topics,
        @Schema(ref = "PartialDate") String issued,
        @Schema(ref = "PartialDate") String effective,
        @Schema(ref = "PartialDate") String updated,
        @Schema(ref = "DocumentStatus") String status,
        Boolean binding,
        String citation,
        String sourceUrl,
        @Schema(ref = "Visibility") String visibility,
        String supersededBy,
        String singleLanguageReason,
        @Schema(ref = "Provenance") String provenance,
        @Schema(format = "date") String reviewed,
        List<String> goods,
        List<String> regions,
        Map<String, TextInput> versions,
        String changeNote,
        Boolean major,
        @Schema(format = "date-time") String publishAt,
        Boolean noTranslationNeeded) {

    /** One language version; {@code body} is Markdown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VersionInput")
    public record TextInput(String title, String summary, String scope, String enforcement, String body) {
    }

    /** The published document as an input: the starting point of a draft, and the content of a revision. */
    public static DocumentInput of(Document d) {
        Map<String, TextInput> texts = new LinkedHashMap<>();
        d.getVersions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    var v = e.getValue();
                    texts.put(e.getKey().code(), new TextInput(v.getTitle(), v.getSummary(), v.getScope(),
                            v.getEnforcement(), v.getBody()));
                });
        return new DocumentInput(d.getSlug(), d.getType().code(), d.getGovernment().code(), d.getAgency(),
                d.getTopics(), text(d.getIssued()), text(d.getEffective()), text(d.getUpdated()),
                d.getStatus().code(), d.isBinding(), d.getCitation(), d.getSourceUrl(), d.getVisibility().code(),
                d.getSupersededBy(), d.getSingleLanguageReason(), d.getProvenance().code(),
                d.getReviewed() == null ? null : d.getReviewed().toString(), d.getGoods(), d.getRegions(), texts, null,
                null, null, null);
    }

    /** The same document without the revision's own notes: what revisions compare. */
    public DocumentInput contentOnly() {
        return new DocumentInput(slug, type, government, agency, topics, issued, effective, updated, status, binding,
                citation, sourceUrl, visibility, supersededBy, singleLanguageReason, provenance, reviewed, goods, regions,
                versions, null, null, null, null);
    }

    public DocumentInput withSlug(String otherSlug) {
        return new DocumentInput(otherSlug, type, government, agency, topics, issued, effective, updated, status,
                binding, citation, sourceUrl, visibility, supersededBy, singleLanguageReason, provenance, reviewed, goods,
                regions, versions, changeNote, major, publishAt, noTranslationNeeded);
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
