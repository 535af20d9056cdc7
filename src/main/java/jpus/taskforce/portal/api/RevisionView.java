package jpus.taskforce.portal.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.publishing.DocumentInput;

/** One revision of a document; {@code document} only when a single revision is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "number", "major", "publishedAt" })
public record RevisionView(int number, boolean major, String changeNote, Instant publishedAt, String publishedBy,
        DocumentInput document) {
}
