package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/v1/glossary}: an English–Japanese term pair. */
@Schema(requiredProperties = { "en", "ja", "variants", "definition" })
public record GlossaryTermView(String en, String ja, List<String> variants, Localized definition) {
}
