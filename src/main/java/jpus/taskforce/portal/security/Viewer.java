package jpus.taskforce.portal.security;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Visibility;

/**
 * Who is asking, reduced to what the portal's rules need: a name for the audit log, the roles, and
 * the governments whose documents the person works on (from the agency roles).
 */
public record Viewer(String name, Set<String> roles) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        return new Viewer(identity.getPrincipal().getName(), identity.getRoles());
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean isEditor() {
        return roles.contains(Roles.EDITOR);
    }

    public boolean isReviewer() {
        return roles.contains(Roles.REVIEWER);
    }

    /** Editors, reviewers and admins: the people who see the staff pages. */
    public boolean isStaff() {
        return isAdmin() || isEditor() || isReviewer();
    }

    /** Members and staff read restricted documents; a partner system only when granted membership. */
    public boolean readsRestricted() {
        return roles.contains(Roles.MEMBER) || isAdmin();
    }

    public Set<Visibility> readable() {
        return readsRestricted() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC);
    }

    /** The governments the person works for, from the agency roles: METI for Japan, USTR for the U.S. */
    public Set<Government> governments() {
        Set<Government> governments = EnumSet.noneOf(Government.class);
        if (roles.contains(Roles.AGENCY_METI)) {
            governments.add(Government.JP);
        }
        if (roles.contains(Roles.AGENCY_USTR)) {
            governments.add(Government.US);
        }
        return governments;
    }

    /** The name recorded in the audit log and on revisions. */
    public String actor() {
        return isAnonymous() ? "anonymous" : name;
    }
}
