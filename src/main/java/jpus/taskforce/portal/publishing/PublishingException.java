package jpus.taskforce.portal.publishing;

import java.util.List;

import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;

/**
 * A publishing request the rules refuse, and which kind of refusal it is ({@link Refusal}): the
 * API and the pages each decide what a kind means to their readers (http/PublishingRefusals).
 */
public abstract sealed class PublishingException extends RuntimeException {

    private PublishingException(String message) {
        super(message);
    }

    /** The kinds of refusal, which callers tell apart without reading the message. */
    public enum Refusal {
        NOT_SIGNED_IN, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID
    }

    public abstract Refusal refusal();

    public List<InvalidParameter> errors() {
        return null;
    }

    /** 401 for nobody signed in, 403 with {@code why} for anyone but an admin. */
    public static void requireAdmin(Viewer viewer, String why) {
        if (viewer.isAnonymous()) {
            throw new NotSignedIn();
        }
        if (!viewer.isAdmin()) {
            throw new Forbidden(why);
        }
    }

    /** Nobody is signed in. */
    public static final class NotSignedIn extends PublishingException {
        public NotSignedIn() {
            super("Sign in to do this.");
        }

        @Override
        public Refusal refusal() {
            return Refusal.NOT_SIGNED_IN;
        }
    }

    /** Signed in, but without the right. */
    public static final class Forbidden extends PublishingException {
        public Forbidden(String message) {
            super(message);
        }

        @Override
        public Refusal refusal() {
            return Refusal.FORBIDDEN;
        }
    }

    /** Nothing the person may see has this slug: also what a draft or restricted document looks like to outsiders. */
    public static final class NotFound extends PublishingException {
        public NotFound(String slug) {
            super("No document has the slug '" + (slug.length() > 80 ? slug.substring(0, 80) + "…" : slug) + "'.");
        }

        @Override
        public Refusal refusal() {
            return Refusal.NOT_FOUND;
        }
    }

    /** The document's state does not allow the step, or someone else changed it first. */
    public static final class Conflict extends PublishingException {
        public Conflict(String message) {
            super(message);
        }

        @Override
        public Refusal refusal() {
            return Refusal.CONFLICT;
        }
    }

    /** The document breaks one or more rules. */
    public static final class Invalid extends PublishingException {
        private final transient List<InvalidParameter> errors;

        public Invalid(List<InvalidParameter> errors) {
            super("The document is not valid: " + errors.size() + " problem(s).");
            this.errors = List.copyOf(errors);
        }

        @Override
        public Refusal refusal() {
            return Refusal.INVALID;
        }

        @Override
        public List<InvalidParameter> errors() {
            return errors;
        }
    }
}
