package jpus.taskforce.portal.search;

/** The engine refused a reader's query (too many words or clauses): a 400, not a failure. */
public class QueryRejectedException extends RuntimeException {

    public QueryRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
