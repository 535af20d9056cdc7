package jpus.taskforce.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Document;

/**
 * A full rebuild of the index while search keeps answering: a new index is created beside the
 * old one from the mapping and settings this version of the portal expects (Hibernate Search's
 * schema export, not a copy of the old index: a release that changes the mapping rolls out this
 * way); writes (the outbox) go to the new one at once while searches still read the old one; the
 * mass indexer fills the new index from the database; the documents changed meanwhile are indexed
 * again, so a live edit is never overwritten by an older copy; then one atomic alias action moves
 * searches to the new index, and the old one is deleted. One replica at a time rebuilds
 * ({@link RebuildLease}).
 */
@ApplicationScoped
public class ZeroDowntimeReindex {

    private static final Logger LOG = Logger.getLogger(ZeroDowntimeReindex.class);
    public static final String READ_ALIAS = "document-read";
    public static final String WRITE_ALIAS = "document-write";
    private static final Pattern INDEX_NAME = Pattern.compile("document-(\\d{6})");
    /** Edits committed just before the switch of the write alias may still be in flight. */
    private static final Duration EDIT_MARGIN = Duration.ofMinutes(1);
    /** A search counts on the engine only once it reaches a shard, a moment after it resolved the alias. */
    private static final Duration SEARCH_ROUTING = Duration.ofSeconds(1);
    /** How long the old index is kept at most for the searches already running on it. */
    private static final Duration SEARCH_DRAIN = Duration.ofSeconds(30);
    /** Past this the rebuild goes on unmerged rather than keep searches on the old index longer. */
    private static final Duration MERGE_TIMEOUT = Duration.ofMinutes(30);
    /** This replica, as the holder of the rebuild lease. */
    private static final String REPLICA = UUID.randomUUID().toString();

    @Inject
    RestClient engine;

    @Inject
    IndexMaintenance indexMaintenance;

    @Inject
    ExpectedIndex expectedIndex;

    @Inject
    RebuildLease lease;

    @Inject
    SearchSession session;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    private final AtomicReference<Status> status = new AtomicReference<>(Status.idle());
    private volatile CompletableFuture<Status> current = CompletableFuture.completedFuture(Status.idle());

    /** Where a rebuild on this replica stands. */
    @Schema(name = "ReindexState")
    public enum State implements CodedValue {
        IDLE, RUNNING, DONE, FAILED;

        @Override
        @JsonValue
        public String code() {
            return CodedValue.kebab(this);
        }
    }

    /** The steps of a rebuild, in order; a failed rebuild keeps the one it failed in. */
    @Schema(name = "ReindexPhase")
    public enum Phase implements CodedValue {
        PREPARING, INDEXING, CATCHING_UP, MERGING, SWITCHING;

        @Override
        @JsonValue
        public String code() {
            return CodedValue.kebab(this);
        }
    }

    /** What an admin sees of the last or current rebuild on this replica. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReindexStatus", requiredProperties = { "state", "documentsIndexed", "documentsTotal" })
    public record Status(State state, Phase phase, Instant startedAt, Instant finishedAt, long documentsIndexed,
            long documentsTotal, String fromIndex, String toIndex, String error) {

        static Status idle() {
            return new Status(State.IDLE, null, null, null, 0, 0, null, null, null);
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    public Status status() {
        return status.get();
    }

    /**
     * Starts a rebuild unless one is running, here or on another replica; false when one already
     * is.
     */
    public synchronized boolean start() {
        if (status.get().running() || !lease.acquire(REPLICA)) {
            return false;
        }
        status.set(new Status(State.RUNNING, Phase.PREPARING, Instant.now(), null, 0, 0, null, null, null));
        current = CompletableFuture.supplyAsync(this::run, executor);
        return true;
    }

    /** Runs a rebuild and returns how it ended: for the Job and the tests, which wait for it. */
    public Status runNow() {
        if (!start()) {
            throw new IllegalStateException("A reindex is already running");
        }
        return current.join();
    }

    private Status run() {
        Instant started = status.get().startedAt();
        String from = null;
        String to = null;
        boolean created = false;
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try {
            from = indexBehind(READ_ALIAS);
            to = nextName(from);
            LOG.infof("Reindex: building %s beside %s from this version's mapping; searches keep reading %s", to, from, from);
            create(to);
            created = true;
            moveAlias(WRITE_ALIAS, from, to);
            String target = to;
            String source = from;
            Runnable indexing = () -> running(Phase.INDEXING, started, source, target, done, total);
            indexing.run();
            indexMaintenance.massIndexer(Document.class)
                    .purgeAllOnStart(false)
                    .monitor(new Progress(done, total, indexing, () -> lease.renew(REPLICA)))
                    .startAndWait();
            running(Phase.CATCHING_UP, started, from, to, done, total);
            int replayed = reindexChangedSince(started.minus(EDIT_MARGIN));
            LOG.infof("Reindex: %d documents indexed, %d changed during the rebuild indexed again", done.get(), replayed);
            running(Phase.MERGING, started, from, to, done, total);
            mergeSegments(to);
            running(Phase.SWITCHING, started, from, to, done, total);
            engine.performRequest(new Request("POST", "/" + to + "/_refresh"));
            moveAlias(READ_ALIAS, from, to);
            awaitSearchesDone(from);
            engine.performRequest(new Request("DELETE", "/" + from));
            LOG.infof("Reindex: searches now read %s; %s deleted", to, from);
            status.set(new Status(State.DONE, null, started, Instant.now(), done.get(), total.get(), from, to, null));
        } catch (Exception e) {
            LOG.errorf(e, "Reindex failed; searches still read %s", from);
            rollBackWrites(from, to, created);
            status.set(new Status(State.FAILED, status.get().phase(), started, Instant.now(), done.get(), total.get(), from,
                    to, e.getClass().getSimpleName()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            lease.release(REPLICA);
        }
        return status.get();
    }

    private void running(Phase phase, Instant started, String from, String to, AtomicLong done, AtomicLong total) {
        status.set(new Status(State.RUNNING, phase, started, null, done.get(), total.get(), from, to, null));
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

    /**
     * Merges the new index into one segment before searches move to it. Mass indexing leaves many
     * segments and every search visits each; the engine's merge policy merges only as writes add
     * segments, and this index is read far more than written. Edits after the switch merge as usual.
     * The merge is a gain, not a need: if it fails, searches move anyway.
     */
    private void mergeSegments(String index) throws InterruptedException {
        CompletableFuture<Response> merged = new CompletableFuture<>();
        Request request = new Request("POST", "/" + index + "/_forcemerge");
        request.addParameter("max_num_segments", "1");
        request.setOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setSocketTimeout((int) MERGE_TIMEOUT.toMillis()).build()));
        engine.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                merged.complete(response);
            }

            @Override
            public void onFailure(Exception e) {
                merged.completeExceptionally(e);
            }
        });
        while (true) {
            try {
                merged.get(RebuildLease.RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                LOG.infof("Reindex: %s merged into one segment", index);
                return;
            } catch (TimeoutException e) {
                lease.renew(REPLICA);
            } catch (ExecutionException e) {
                LOG.warnf("Reindex: %s could not be merged (%s); searches move to it unmerged", index,
                        e.getCause().getMessage());
                return;
            }
        }
    }

    /** Writes go back to the old index; the half-built one goes, if this rebuild created it. */
    private void rollBackWrites(String from, String to, boolean created) {
        if (from == null || to == null || !created) {
            return;
        }
        try {
            moveAlias(WRITE_ALIAS, to, from);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Could not point %s back to %s; check the aliases by hand", WRITE_ALIAS, from);
            return;
        }
        try {
            // The next attempt can then use its name again.
            engine.performRequest(new Request("DELETE", "/" + to));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not delete the unfinished index %s: %s", to, e.getMessage());
        }
    }

    /**
     * A search that resolved the read alias just before it moved still runs on the old index, and
     * deleting an index fails the searches running on it (503, all shards failed).
     */
    private void awaitSearchesDone(String index) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(SEARCH_DRAIN);
        Thread.sleep(SEARCH_ROUTING.toMillis());
        while (searchesRunningOn(index) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private long searchesRunningOn(String index) throws IOException {
        Response response = engine.performRequest(new Request("GET", "/" + index + "/_stats/search"));
        JsonObject search = JsonParser.parseString(body(response)).getAsJsonObject()
                .getAsJsonObject("_all").getAsJsonObject("total").getAsJsonObject("search");
        return search.get("query_current").getAsLong() + search.get("fetch_current").getAsLong();
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

    /** A new index with the settings and mapping this version expects, without the aliases, which move later. */
    private void create(String name) throws IOException {
        Request request = new Request("PUT", "/" + name);
        request.setJsonEntity(expectedIndex.definition().toString());
        try {
            engine.performRequest(request);
        } catch (ResponseException e) {
            throw new IllegalStateException("Could not create " + name + " (" + e.getResponse().getStatusLine() + ")", e);
        }
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

    /** Counts progress for the status and the log, and renews the lease now and then. */
    private static final class Progress implements MassIndexingMonitor {
        private final AtomicLong done;
        private final AtomicLong total;
        private final Runnable onChange;
        private final Runnable renewLease;
        private long lastLogged;
        private volatile long lastRenewed = System.nanoTime();

        Progress(AtomicLong done, AtomicLong total, Runnable onChange, Runnable renewLease) {
            this.done = done;
            this.total = total;
            this.onChange = onChange;
            this.renewLease = renewLease;
        }

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            onChange.run();
            if (now - lastLogged >= 1000) {
                lastLogged = now;
                LOG.infof("Reindex: %d of %d documents", now, total.get());
            }
            if (System.nanoTime() - lastRenewed > RebuildLease.RENEW_EVERY.toNanos()) {
                lastRenewed = System.nanoTime();
                renewLease.run();
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
        }
    }
}
