package jpus.taskforce.portal.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules every document obeys, whether it comes from content/ or from an editor. */
public final class DocumentRules {

    /** 3-80 lower-case letters, digits and hyphens, not starting or ending with a hyphen. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]");
    public static final int TITLE_MAX = 500;
    public static final int SUMMARY_MAX = 2000;
    public static final int LINE_MAX = 1000;

    private DocumentRules() {
    }

    /** Why a source URL is not acceptable, if it is not: every document cites an official https page. */
    public static Optional<String> sourceUrlProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required: the official source of the document");
        }
        try {
            URI uri = new URI(value.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                return Optional.of("must be an https URL");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
    }
}
