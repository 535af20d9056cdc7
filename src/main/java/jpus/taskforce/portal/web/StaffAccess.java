package jpus.taskforce.portal.web;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;

/**
 * Who may open which staff page. Signing in is required by the HTTP policy before any of them runs;
 * these checks refuse a signed-in person without the role with the friendly 403 page.
 */
final class StaffAccess {

    private StaffAccess() {
    }

    static Viewer staff(SecurityIdentity identity) {
        Viewer viewer = Viewer.of(identity);
        if (!viewer.isStaff()) {
            throw new PublishingException.Forbidden("The staff pages are for editors, reviewers and administrators.");
        }
        return viewer;
    }

    static Viewer writer(SecurityIdentity identity) {
        Viewer viewer = Viewer.of(identity);
        if (!viewer.isEditor() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Only editors write documents.");
        }
        return viewer;
    }

    static Viewer admin(SecurityIdentity identity) {
        Viewer viewer = Viewer.of(identity);
        if (!viewer.isAdmin()) {
            throw new PublishingException.Forbidden("The audit log and the operations page are for administrators.");
        }
        return viewer;
    }
}
