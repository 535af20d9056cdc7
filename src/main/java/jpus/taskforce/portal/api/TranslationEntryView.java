package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.translation.TranslationStatus;

/** A language version of a document that is outdated or missing, with the document's title in the other language. */
@Schema(name = "TranslationEntry", requiredProperties = { "slug", "title", "government", "language", "status", "since" })
public record TranslationEntryView(String slug, String title, Government government, Language language,
        TranslationStatus status, int since) {
}
