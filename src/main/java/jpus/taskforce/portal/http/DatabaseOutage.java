package jpus.taskforce.portal.http;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, or the pool
 * waiting in vain for a connection), which is the service's trouble and passes, unlike a failure
 * caused by the request. Such requests answer 503 with Retry-After instead of 500.
 */
final class DatabaseOutage {

    /** SQLState classes: 08 connection exception; 57P operator intervention (shutdown, not accepting connections yet). */
    private static final String CONNECTION_CLASS = "08";
    private static final String SHUTDOWN_CLASS = "57P";

    private DatabaseOutage() {
    }

    static boolean caused(Throwable failure) {
        return caused(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    // A commit cut off by the server's shutdown surfaces as a RollbackException whose SQL cause is only
    // among the suppressed exceptions, so those are searched as well as the causes.
    private static boolean caused(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || acquisitionTimeout(sql))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (caused(suppressed, seen)) {
                return true;
            }
        }
        return caused(t.getCause(), seen);
    }

    private static boolean connectionState(String state) {
        return state != null && (state.startsWith(CONNECTION_CLASS) || state.startsWith(SHUTDOWN_CLASS));
    }

    // Agroal gives up waiting for a connection with a plain SQLException that has no SQLState.
    private static boolean acquisitionTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
