package jpus.taskforce.portal.security;

/**
 * The role names shared by the Keycloak realm, the local run's demo accounts and the code. A staff
 * member's agency is a role too ({@code agency-meti}, {@code agency-ustr}), which Keycloak grants
 * through the agency's group.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    /** A task-force member from either government: reads restricted documents. */
    public static final String MEMBER = "member";
    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    /** A partner system calling the API with a client-credentials token. */
    public static final String PARTNER = "partner";
    public static final String AGENCY_METI = "agency-meti";
    public static final String AGENCY_USTR = "agency-ustr";

    private Roles() {
    }
}
