package jpus.taskforce.portal.api;

import java.util.List;

import jpus.taskforce.portal.search.Suggestion;

/** {@code GET /api/v1/suggest}: completions for a search box. */
public record SuggestResponse(List<Suggestion> suggestions) {
}
