package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/v1/documents/{slug}/related}: documents most like this one, as search hits. */
@Schema(requiredProperties = "hits")
public record RelatedResponse(List<HitView> hits) {
}
