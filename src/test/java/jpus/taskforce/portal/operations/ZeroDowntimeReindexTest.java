package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.search.ZeroDowntimeReindex;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** A full rebuild of the index while readers search and staff publish. */
@QuarkusTest
class ZeroDowntimeReindexTest {

    @Inject
    ZeroDowntimeReindex reindex;

    @Inject
    Indexing indexing;

    @Test
    void searchesNeverFailAndNoLiveEditIsLostDuringAFullRebuild() throws Exception {
        indexing.awaitIndexed();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newSingleThreadExecutor();
        // An exception in the reader (a reset connection) comes back through get() and fails the test.
        Future<?> reader = readers.submit(() -> {
            while (running.get()) {
                var response = Tokens.as("anonymous").get("/api/v1/documents?q=forced labor");
                searches.incrementAndGet();
                if (response.statusCode() != 200 || response.jsonPath().getInt("total") == 0) {
                    failures.add(response.statusCode() + " " + response.asString());
                }
            }
        });

        Tokens.as(KeycloakServer.ADMIN).contentType("application/json").post("/api/v1/admin/reindex").then().statusCode(202);
        List<String> published = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (reindex.status().running() && Instant.now().isBefore(deadline)) {
            published.add(Documents.at(Stage.PUBLISHED, "JP", "public", "Glimmerstone"));
        }
        running.set(false);
        reader.get(1, TimeUnit.MINUTES);
        readers.shutdown();

        assertThat(reindex.status().state()).isEqualTo(ZeroDowntimeReindex.State.DONE);
        assertThat(reindex.status().toIndex()).isNotEqualTo(reindex.status().fromIndex());
        assertThat(searches.get()).isPositive();
        assertThat(failures).isEmpty();
        assertThat(published).as("documents published while the index was rebuilt").isNotEmpty();
        indexing.awaitIndexed();
        for (String slug : published) {
            Tokens.as("anonymous").get("/api/v1/documents?q=Glimmerstone&size=100").then()
                    .statusCode(200)
                    .body("hits.slug", hasItem(slug));
        }
    }

    @Test
    void onlyAdminsStartARebuild() {
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json").post("/api/v1/admin/reindex").then().statusCode(403);
        Tokens.as("anonymous").contentType("application/json").post("/api/v1/admin/reindex").then().statusCode(401);
    }
}
