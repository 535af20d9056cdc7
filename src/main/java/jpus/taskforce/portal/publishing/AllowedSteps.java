package jpus.taskforce.portal.publishing;

import java.util.EnumSet;
import java.util.Set;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.security.Viewer;

/**
 * The workflow steps a person may take now, from the same rules {@link Publishing} enforces: the
 * staff pages offer only these, and {@link Publishing} still checks every request.
 */
public final class AllowedSteps {

    public enum Step {
        EDIT, SUBMIT, RETURN, REMARK, APPROVE, PUBLISH, ARCHIVE
    }

    private AllowedSteps() {
    }

    public static Set<Step> onDraft(DocumentDraft draft, Viewer viewer) {
        Government government = draft.getGovernment();
        Set<Step> steps = EnumSet.noneOf(Step.class);
        boolean edits = Permissions.edits(viewer, government);
        boolean reviews = Permissions.reviews(viewer, government);
        if (edits) {
            steps.add(Step.EDIT);
        }
        if (edits && draft.getState() == DraftState.DRAFT) {
            steps.add(Step.SUBMIT);
        }
        if (Permissions.seesDraft(viewer, government)) {
            steps.add(Step.REMARK);
        }
        if (reviews && draft.getState() == DraftState.IN_REVIEW) {
            steps.add(Step.RETURN);
        }
        Set<Government> sides = Permissions.approvalsGivenBy(viewer, government);
        sides.removeAll(draft.approvals());
        if (reviews && draft.getState() == DraftState.IN_REVIEW && !viewer.actor().equals(draft.getUpdatedBy())
                && !sides.isEmpty()) {
            steps.add(Step.APPROVE);
        }
        if (Permissions.publishes(viewer, government) && draft.getState() == DraftState.APPROVED) {
            steps.add(Step.PUBLISH);
        }
        return steps;
    }

    /** Whether the person works on documents of the government: edits or reviews them, and sees their drafts. */
    public static boolean worksOn(Viewer viewer, Government government) {
        return Permissions.seesDraft(viewer, government);
    }

    /** Steps on a published document that has no draft the person sees. */
    public static Set<Step> onPublished(Document document, Viewer viewer) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        if (Permissions.edits(viewer, document.getGovernment())) {
            steps.add(Step.EDIT);
        }
        if (Permissions.reviews(viewer, document.getGovernment()) && document.getStatus() != DocumentStatus.ARCHIVED) {
            steps.add(Step.ARCHIVE);
        }
        return steps;
    }
}
