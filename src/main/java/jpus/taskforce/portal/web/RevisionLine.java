package jpus.taskforce.portal.web;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.publishing.DocumentRevision;

/**
 * A published revision in a document's history: its number, when, the change note and whether it
 * was a major change, with the link to what changed since the one before.
 */
public record RevisionLine(int number, String published, String changeNote, boolean major, String diffUrl) {

    /** The fragment naming this revision on the document's page, where feed entries point. */
    public String anchor() {
        return "revision-" + number;
    }

    static RevisionLine of(DocumentRevision revision, String documentUrl, Language language) {
        int number = revision.getNumber();
        return new RevisionLine(number, StaffTime.format(revision.getPublishedAt(), language), revision.getChangeNote(),
                revision.isMajor(), number > 1 ? documentUrl + "/revisions/" + (number - 1) + "/diff/" + number : null);
    }
}
