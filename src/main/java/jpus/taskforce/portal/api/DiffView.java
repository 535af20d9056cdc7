package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.publishing.FieldChange;

/** The differences between two revisions of a document, field by field, line by line. */
@Schema(requiredProperties = { "slug", "from", "to", "changes" })
public record DiffView(String slug, int from, int to, List<FieldChange> changes) {
}
