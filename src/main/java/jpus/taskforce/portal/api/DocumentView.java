package jpus.taskforce.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.PartialDate;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.document.Visibility;

/**
 * {@code GET /api/v1/documents/{slug}}: the whole document with both language versions and its revision number.
 * {@code provenance} says whether it is an official instrument or a note by the portal's editors;
 * {@code reviewed} is the day its facts were last checked against the official source.
 * {@code translation} says, for each language, whether its version still matches the other one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "slug", "type", "government", "agency", "topics", "issued", "status", "binding",
        "sourceUrl", "visibility", "provenance", "goods", "regions", "languages", "versions", "attachments", "revision",
        "modifiedAt", "translation" })
public record DocumentView(
        String slug,
        DocumentType type,
        Government government,
        String agency,
        List<String> topics,
        PartialDate issued,
        PartialDate effective,
        PartialDate updated,
        DocumentStatus status,
        boolean binding,
        String citation,
        String sourceUrl,
        Visibility visibility,
        String supersededBy,
        String singleLanguageReason,
        Provenance provenance,
        LocalDate reviewed,
        List<String> goods,
        List<String> regions,
        List<Language> languages,
        Map<String, VersionView> versions,
        List<AttachmentView> attachments,
        int revision,
        Instant modifiedAt,
        Map<String, TranslationView> translation) {

    /** One language version; {@code body} is the Markdown source, {@code html} its safe rendering. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "title", "summary", "body", "html" })
    public record VersionView(String title, String summary, String scope, String enforcement, String body, String html) {
    }
}
