package jpus.taskforce.portal.search;

/** The search engine cannot be reached; pages and the API say so instead of failing. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("The search engine is unavailable", cause);
    }
}
