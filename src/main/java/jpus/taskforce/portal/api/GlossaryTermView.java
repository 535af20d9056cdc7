package jpus.taskforce.portal.api;

import java.util.List;

/** {@code GET /api/v1/glossary}: an English–Japanese term pair. */
public record GlossaryTermView(String en, String ja, List<String> variants, Localized definition) {
}
