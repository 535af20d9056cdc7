package jpus.taskforce.portal.api;

import java.util.List;

/** {@code GET /api/v1/documents/{slug}/related}: documents most like this one, as search hits. */
public record RelatedResponse(List<HitView> hits) {
}
