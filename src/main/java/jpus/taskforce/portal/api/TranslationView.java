package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.translation.TranslationStatus;

/**
 * Whether a language version still matches the other: {@code current}, {@code outdated} (the other
 * language changed in revision {@code since} and this one has not followed) or {@code missing}.
 */
@Schema(name = "Translation", requiredProperties = { "status", "since" })
public record TranslationView(TranslationStatus status,
        int since) {
}
