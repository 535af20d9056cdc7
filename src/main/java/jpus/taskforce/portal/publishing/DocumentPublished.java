package jpus.taskforce.portal.publishing;

import jpus.taskforce.portal.document.Visibility;

/**
 * Fired inside the transaction that changed what readers see of a document, whether staff
 * published it or a content load wrote it.
 *
 * @param before the visibility before the change; null for a document that did not exist
 * @param after  the visibility after it
 */
public record DocumentPublished(String slug, int revision, Kind kind, Visibility before, Visibility after) {

    public enum Kind {
        /** The document's first publication. */
        CREATED,
        /** A new revision loaded from content/. */
        UPDATED,
        /** A new revision published through review. */
        PUBLISHED,
        ARCHIVED,
        /** A publication left a language version behind the other (recorded after the publication's own event). */
        TRANSLATION_OUTDATED
    }
}
