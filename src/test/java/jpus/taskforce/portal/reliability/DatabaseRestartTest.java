package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.FaultCluster;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * PostgreSQL restarts under the running portal (a real server of the fault tests' own, stopped and
 * started with Debian's tools): requests fail cleanly while it is away, none hangs, and once it
 * is back the portal reads and writes again without a restart of its own and has lost nothing.
 */
@QuarkusTest
@TestProfile(OwnBackingServices.class)
class DatabaseRestartTest {

    /** A request may wait for a connection for the pool's acquisition timeout (5 s), never longer. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(30);
    private static final int READERS = 4;

    @Test
    void thePortalRecoversFromADatabaseRestartAndLosesNoAcknowledgedWrite() throws Exception {
        String before = Documents.at(Stage.PUBLISHED, "JP", "public", "Restartium");
        given().get("/q/health/ready").then().statusCode(200);

        String refused = Documents.newSlug("outage");
        Readers readers = new Readers(before);
        FaultCluster.stop();
        try {
            Instant asked = Instant.now();
            given().get("/api/v1/documents/{slug}", before).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "10")
                    .body("status", equalTo(503)).body(containsString("database"));
            assertThat(Duration.between(asked, Instant.now())).as("time to answer while the database is down")
                    .isLessThan(ANSWER_WITHIN);
            given().get("/ja/documents/{slug}", before).then().statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("データベースに接続できません")).body(containsString("保存済みの内容は失われておりません"));
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            // A write the portal cannot store is refused, never acknowledged and then lost.
            Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                    .body(Documents.body(refused, "JP", "public", "Outagium")).post("/api/v1/documents").then()
                    .statusCode(503).contentType("application/problem+json");
        } finally {
            FaultCluster.start();
        }

        awaitReadable(before);
        readers.stop();
        assertThat(readers.longest()).as("longest request while the database restarted").isLessThan(ANSWER_WITHIN);
        assertThat(readers.statuses()).as("answers while the database restarted").containsOnly(200, 503)
                .contains(503);

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String after = Documents.at(Stage.PUBLISHED, "JP", "public", "Restartium");
        given().get("/api/v1/documents/{slug}", before).then().statusCode(200);
        given().get("/api/v1/documents/{slug}", after).then().statusCode(200);
        given().get("/en/documents/{slug}", after).then().statusCode(200).body(containsString("Restartium"));
        Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/documents/{slug}/draft", refused).then().statusCode(404);
    }

    private static void awaitReadable(String slug) {
        await("the document readable again after the database restart").atMost(RECOVERY_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().get("/api/v1/documents/{slug}", slug).then().statusCode(200));
    }

    /** Readers that keep asking throughout, so that some requests are in flight when the server goes. */
    private static final class Readers {

        private final ExecutorService pool = Executors.newFixedThreadPool(READERS);
        private final List<Future<?>> work = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Duration> durations = new ConcurrentLinkedQueue<>();

        Readers(String slug) {
            for (int i = 0; i < READERS; i++) {
                String path = i % 2 == 0 ? "/api/v1/documents/" + slug : "/en/documents/" + slug;
                work.add(pool.submit(() -> {
                    while (running.get()) {
                        Instant start = Instant.now();
                        Response response = given().get(path);
                        durations.add(Duration.between(start, Instant.now()));
                        statuses.add(response.statusCode());
                    }
                }));
            }
        }

        /** Stops the readers; a reader that failed (a reset connection, say) fails the test with its exception. */
        void stop() throws InterruptedException, ExecutionException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("readers finished").isTrue();
            for (Future<?> reader : work) {
                reader.get();
            }
        }

        List<Integer> statuses() {
            return List.copyOf(statuses);
        }

        Duration longest() {
            return durations.stream().max(Duration::compareTo).orElseThrow();
        }
    }
}
