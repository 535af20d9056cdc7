package jpus.taskforce.portal.http;

import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.publishing.PublishingException.Refusal;

/** What each kind of publishing refusal is in HTTP, for the API's problems and the staff pages alike. */
public final class PublishingRefusals {

    private PublishingRefusals() {
    }

    public static int status(PublishingException e) {
        return switch (e.refusal()) {
            case NOT_SIGNED_IN -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
    }

    static String title(Refusal refusal) {
        return switch (refusal) {
            case NOT_SIGNED_IN -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not Found";
            case CONFLICT -> "Conflict";
            case INVALID -> "Unprocessable Content";
        };
    }
}
