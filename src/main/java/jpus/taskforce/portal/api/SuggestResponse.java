package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.search.Suggestion;

/** {@code GET /api/v1/suggest}: completions for a search box. */
@Schema(requiredProperties = "suggestions")
public record SuggestResponse(List<Suggestion> suggestions) {
}
