package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The optional body of a workflow step: the change note and its weight when submitting or
 * archiving, the time when publishing (ISO-8601 instant; now when absent or past).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowStep(String changeNote, Boolean major, @Schema(format = "date-time") String publishAt) {
}
