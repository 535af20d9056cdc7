package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.DraftState;
import jpus.taskforce.portal.publishing.FieldChange;

/**
 * A draft as staff see it: where it stands, who approved it for which government, when it will be
 * published, its content and how that differs from what readers see now, and the remarks made
 * in its review (of earlier revisions too), oldest first; {@code warnings} are what the editor should
 * look at (the terminology check against the glossary), which never stop the draft.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "slug", "title", "government", "state", "approvals", "major", "baseRevision", "updatedAt",
        "document", "changes", "pendingAttachments", "remarks", "warnings" })
public record DraftView(
        String slug,
        String title,
        String government,
        DraftState state,
        Map<String, String> approvals,
        String changeNote,
        boolean major,
        Instant publishAt,
        int baseRevision,
        String createdBy,
        String updatedBy,
        Instant updatedAt,
        DocumentInput document,
        List<FieldChange> changes,
        List<AttachmentView> pendingAttachments,
        List<RemarkView> remarks,
        List<DraftWarningView> warnings) {
}
