package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.PartialDate;

/**
 * {@code GET /api/v1/check}: what may apply to a good from a region, in sections built from the
 * documents' metadata and tags, each finding with why it was chosen.
 */
@Schema(name = "ProductCheck", requiredProperties = { "good", "rules", "lists", "guidance", "notCovered" })
public record CheckView(
        @Schema(description = "The good asked about") CheckView.Term good,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The region of origin asked about; absent for any") CheckView.Term region,
        @Schema(description = "Laws, regulations and policies of the United States and Japan that may apply, binding ones first")
        List<Finding> rules,
        @Schema(description = "Official lists and designations that name the good or the region, with the dates the documents state")
        List<Finding> lists,
        @Schema(description = "Guidance and good practice for the due diligence steps; those naming the good or region first")
        List<Finding> guidance,
        @Schema(description = "What the check does not cover, in both languages") Localized notCovered) {

    /** A good or a region, by id, with its labels. */
    @Schema(name = "CheckTerm", requiredProperties = { "id", "labels" })
    public record Term(String id, Localized labels) {
    }

    /** A document the check found, with what a company needs to judge it and its official source. */
    @Schema(name = "CheckFinding", requiredProperties = { "slug", "title", "government", "type", "binding", "status",
            "issued", "sourceUrl", "reasons" })
    public record Finding(String slug, Localized title, Government government, DocumentType type, boolean binding,
            DocumentStatus status,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The official citation; absent when it has none") String citation,
            PartialDate issued,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The date of the latest edition or amendment the document states; absent when it states none") PartialDate updated,
            @Schema(description = "The official source, which is authoritative") String sourceUrl,
            @Schema(description = "Why the document was chosen") List<Reason> reasons) {
    }

    /** Why a finding was chosen. */
    @Schema(name = "CheckReason", requiredProperties = { "kind", "id", "labels", "explanation" })
    public record Reason(
            @Schema(enumeration = { "good", "region", "all-goods" }, description = "good or region: the document is tagged with it "
                    + "(or with a broader or narrower entry); all-goods: a rule of a topic that concerns every good of its government")
            String kind,
            @Schema(description = "The good, region or topic id") String id,
            Localized labels,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The document's sentence naming the good or region, in each language version (null where a version does not); absent for all-goods")
            Localized sentence,
            @Schema(description = "Why the document was chosen, in words") Localized explanation) {
    }
}
