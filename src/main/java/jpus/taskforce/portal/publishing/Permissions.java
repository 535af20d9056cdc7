package jpus.taskforce.portal.publishing;

import java.util.EnumSet;
import java.util.Set;

import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.security.Viewer;

/**
 * Who may do what to a document of a government. Staff work on their own government's documents;
 * JOINT (task-force) and INTL documents belong to both governments. A JOINT document needs the
 * approval of both governments' reviewers, any other document the approval of one.
 */
final class Permissions {

    private Permissions() {
    }

    static boolean edits(Viewer viewer, Government government) {
        return viewer.isAdmin() || viewer.isEditor() && worksOn(viewer, government);
    }

    static boolean reviews(Viewer viewer, Government government) {
        return viewer.isAdmin() || viewer.isReviewer() && worksOn(viewer, government);
    }

    /**
     * Separation of duties: the reviewers who approve a draft also publish it; its editors, who
     * wrote it, do not.
     */
    static boolean publishes(Viewer viewer, Government government) {
        return reviews(viewer, government);
    }

    /** Drafts are seen by those who may edit or review them, by nobody else. */
    static boolean seesDraft(Viewer viewer, Government government) {
        return edits(viewer, government) || reviews(viewer, government);
    }

    /** The approvals a reviewer's decision counts as: an admin's counts for every side. */
    static Set<Government> approvalsGivenBy(Viewer viewer, Government government) {
        Set<Government> sides = EnumSet.copyOf(requiredSides(government));
        if (!viewer.isAdmin()) {
            sides.retainAll(viewer.governments());
        }
        return sides;
    }

    /** Whether the approvals given so far let the document be published. */
    static boolean approvalComplete(Government government, Set<Government> given) {
        return switch (government) {
            case JP, US -> given.contains(government);
            case JOINT -> given.containsAll(EnumSet.of(Government.JP, Government.US));
            case INTL -> !given.isEmpty();
        };
    }

    private static Set<Government> requiredSides(Government government) {
        return switch (government) {
            case JP, US -> EnumSet.of(government);
            case JOINT, INTL -> EnumSet.of(Government.JP, Government.US);
        };
    }

    private static boolean worksOn(Viewer viewer, Government government) {
        Set<Government> mine = viewer.governments();
        return switch (government) {
            case JP, US -> mine.contains(government);
            case JOINT, INTL -> !mine.isEmpty();
        };
    }
}
