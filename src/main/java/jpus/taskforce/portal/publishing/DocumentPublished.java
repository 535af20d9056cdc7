package jpus.taskforce.portal.publishing;

/** Fired inside the transaction that changed what readers see of a document. */
public record DocumentPublished(String slug, int revision, Kind kind) {

    public enum Kind {
        CREATED, UPDATED, ARCHIVED
    }
}
