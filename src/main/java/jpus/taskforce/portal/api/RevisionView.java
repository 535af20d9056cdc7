package jpus.taskforce.portal.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.publishing.DocumentInput;

/** One revision of a document; {@code document} only when a single revision is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionView(int number, boolean major, String changeNote, Instant publishedAt, String publishedBy,
        DocumentInput document) {
}
