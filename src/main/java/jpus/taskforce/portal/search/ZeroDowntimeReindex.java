package jpus.taskforce.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Document;

/**
 * A full rebuild of the index while search keeps answering: a new index is created beside the
 * old one with the same settings and mapping; writes (the outbox) go to the new one at once while
 * searches still read the old one; the mass indexer fills the new index from the database; the
 * documents changed meanwhile are indexed again, so a live edit is never overwritten by an older
 * copy; then one atomic alias action moves searches to the new index, and the old one is deleted.
 */
@ApplicationScoped
public class ZeroDowntimeReindex {

    private static final Logger LOG = Logger.getLogger(ZeroDowntimeReindex.class);
    public static final String READ_ALIAS = "document-read";
    public static final String WRITE_ALIAS = "document-write";
    private static final Pattern INDEX_NAME = Pattern.compile("document-(\\d{6})");
    /** Edits committed just before the switch of the write alias may still be in flight. */
    private static final Duration EDIT_MARGIN = Duration.ofMinutes(1);

    @Inject
    RestClient engine;

    @Inject
    IndexMaintenance indexMaintenance;

    @Inject
    SearchSession session;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    private final AtomicReference<Status> status = new AtomicReference<>(Status.idle());

    /** The steps of a rebuild, in order; a failed rebuild keeps the one it failed in. */
    public enum Phase implements CodedValue {
        PREPARING, INDEXING, CATCHING_UP, SWITCHING;

        @Override
        @JsonValue
        public String code() {
            return CodedValue.kebab(this);
        }
    }

    /** What an admin sees of the last or current rebuild on this replica. */
    public record Status(String state, Phase phase, Instant startedAt, Instant finishedAt, long documentsIndexed,
            long documentsTotal, String fromIndex, String toIndex, String error) {

        static Status idle() {
            return new Status("idle", null, null, null, 0, 0, null, null, null);
        }

        public boolean running() {
            return "running".equals(state);
        }
    }

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild unless one is running on this replica; false when one already is. */
    public boolean start() {
        Status current = status.get();
        if (current.running()) {
            return false;
        }
        Status starting = new Status("running", Phase.PREPARING, Instant.now(), null, 0, 0, null, null, null);
        if (!status.compareAndSet(current, starting)) {
            return false;
        }
        executor.execute(this::run);
        return true;
    }

    /** Runs a rebuild in the calling thread: for the Job and the tests, which wait for it. */
    public Status runNow() {
        if (!start()) {
            throw new IllegalStateException("A reindex is already running");
        }
        while (status.get().running()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return status.get();
    }

    private void run() {
        Instant started = status.get().startedAt();
        String from = null;
        String to = null;
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try {
            from = indexBehind(READ_ALIAS);
            to = nextName(from);
            LOG.infof("Reindex: building %s beside %s; searches keep reading %s", to, from, from);
            createLike(from, to);
            moveAlias(WRITE_ALIAS, from, to);
            String target = to;
            String source = from;
            Runnable indexing = () -> running(Phase.INDEXING, started, source, target, done, total);
            indexing.run();
            indexMaintenance.massIndexer(Document.class)
                    .purgeAllOnStart(false)
                    .monitor(new Progress(done, total, indexing))
                    .startAndWait();
            running(Phase.CATCHING_UP, started, from, to, done, total);
            int replayed = reindexChangedSince(started.minus(EDIT_MARGIN));
            LOG.infof("Reindex: %d documents indexed, %d changed during the rebuild indexed again", done.get(), replayed);
            running(Phase.SWITCHING, started, from, to, done, total);
            engine.performRequest(new Request("POST", "/" + to + "/_refresh"));
            moveAlias(READ_ALIAS, from, to);
            engine.performRequest(new Request("DELETE", "/" + from));
            LOG.infof("Reindex: searches now read %s; %s deleted", to, from);
            status.set(new Status("done", null, started, Instant.now(), done.get(), total.get(), from, to, null));
        } catch (Exception e) {
            LOG.errorf(e, "Reindex failed; searches still read %s", from);
            rollBackWrites(from, to);
            status.set(new Status("failed", status.get().phase(), started, Instant.now(), done.get(), total.get(), from, to,
                    e.getClass().getSimpleName()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void running(Phase phase, Instant started, String from, String to, AtomicLong done, AtomicLong total) {
        status.set(new Status("running", phase, started, null, done.get(), total.get(), from, to, null));
    }

    /** Indexes again every document changed since the given time, after the mass indexer's copies. */
    private int reindexChangedSince(Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Document> changed = em.createQuery("select d from Document d where d.modifiedAt >= :since", Document.class)
                    .setParameter("since", since)
                    .getResultList();
            changed.forEach(d -> session.indexingPlan().addOrUpdate(d));
            return changed.size();
        });
    }

    private void rollBackWrites(String from, String to) {
        if (from == null || to == null) {
            return;
        }
        try {
            moveAlias(WRITE_ALIAS, to, from);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Could not point %s back to %s; check the aliases by hand", WRITE_ALIAS, from);
            return;
        }
        try {
            // The half-built index goes, so that the next attempt can use its name again.
            engine.performRequest(new Request("DELETE", "/" + to));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not delete the unfinished index %s: %s", to, e.getMessage());
        }
    }

    private String indexBehind(String alias) throws IOException {
        Response response = engine.performRequest(new Request("GET", "/_alias/" + alias));
        JsonObject indices = JsonParser.parseString(body(response)).getAsJsonObject();
        if (indices.size() != 1) {
            throw new IllegalStateException(alias + " points at " + indices.keySet() + ", expected one index");
        }
        return indices.keySet().iterator().next();
    }

    static String nextName(String current) {
        Matcher matcher = INDEX_NAME.matcher(current);
        if (!matcher.matches()) {
            throw new IllegalStateException("Unexpected index name " + current);
        }
        return String.format("document-%06d", Integer.parseInt(matcher.group(1)) + 1);
    }

    /** A new index with the old one's analysis settings and mapping. */
    private void createLike(String from, String to) throws IOException {
        JsonObject settings = JsonParser.parseString(body(engine.performRequest(new Request("GET", "/" + from + "/_settings"))))
                .getAsJsonObject().getAsJsonObject(from).getAsJsonObject("settings").getAsJsonObject("index");
        JsonObject mappings = JsonParser.parseString(body(engine.performRequest(new Request("GET", "/" + from + "/_mapping"))))
                .getAsJsonObject().getAsJsonObject(from).getAsJsonObject("mappings");
        JsonObject index = new JsonObject();
        if (settings.has("analysis")) {
            index.add("analysis", settings.get("analysis"));
        }
        for (String kept : List.of("number_of_shards", "number_of_replicas", "max_result_window")) {
            if (settings.has(kept)) {
                index.add(kept, settings.get(kept));
            }
        }
        JsonObject create = new JsonObject();
        JsonObject wrapped = new JsonObject();
        wrapped.add("index", index);
        create.add("settings", wrapped);
        create.add("mappings", mappings);
        Request request = new Request("PUT", "/" + to);
        request.setJsonEntity(create.toString());
        engine.performRequest(request);
    }

    /** One atomic action: the alias leaves one index and joins the other. */
    private void moveAlias(String alias, String from, String to) throws IOException {
        String actions = "{\"actions\":[{\"remove\":{\"index\":\"" + from + "\",\"alias\":\"" + alias + "\"}},"
                + "{\"add\":{\"index\":\"" + to + "\",\"alias\":\"" + alias
                + (alias.equals(WRITE_ALIAS) ? "\",\"is_write_index\":true" : "\"") + "}}]}";
        Request request = new Request("POST", "/_aliases");
        request.setJsonEntity(actions);
        engine.performRequest(request);
    }

    private static String body(Response response) {
        try {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts progress for the status and the log. */
    private static final class Progress implements MassIndexingMonitor {
        private final AtomicLong done;
        private final AtomicLong total;
        private final Runnable onChange;
        private long lastLogged;

        Progress(AtomicLong done, AtomicLong total, Runnable onChange) {
            this.done = done;
            this.total = total;
            this.onChange = onChange;
        }

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            onChange.run();
            if (now - lastLogged >= 1000) {
                lastLogged = now;
                LOG.infof("Reindex: %d of %d documents", now, total.get());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
            onChange.run();
        }

        @Override
        public void indexingCompleted() {
            onChange.run();
        }
    }

}
