package jpus.taskforce.portal.document;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * When any document last changed, for the Last-Modified of search results and vocabulary lists,
 * read from the database at most once a second rather than on every request. A search can show a
 * change only once it is indexed (about a second after the commit, through the outbox), so the
 * date is never later news than the results it dates; the ETag, computed from the response
 * itself, stays exact.
 */
@ApplicationScoped
public class LastModified {

    private static final Duration FRESH = Duration.ofSeconds(1);

    @Inject
    DocumentRepository documents;

    private record Reading(Instant value, long readAt) {
    }

    private volatile Reading reading;

    public Instant get() {
        Reading current = reading;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > FRESH.toNanos()) {
            current = new Reading(QuarkusTransaction.joiningExisting().call(documents::lastModified), now);
            reading = current;
        }
        return current.value();
    }
}
