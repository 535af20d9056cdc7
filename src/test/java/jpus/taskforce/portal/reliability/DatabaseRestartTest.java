package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.FaultCluster;

/**
 * PostgreSQL restarts under the running portal (a real server of the test's own, stopped and
 * started with Debian's tools): requests fail cleanly while it is away, none hangs, and once it
 * is back the portal reads and writes again without a restart of its own and has lost nothing.
 */
@QuarkusTest
@TestProfile(DatabaseRestartTest.OwnDatabaseServer.class)
class DatabaseRestartTest {

    /** A request may wait for a connection for the pool's acquisition timeout (5 s), never longer. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(30);
    private static final int READERS = 4;

    public static class OwnDatabaseServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", FaultCluster.jdbcUrl());
        }
    }

    @Test
    void thePortalRecoversFromADatabaseRestartAndLosesNoAcknowledgedWrite() throws InterruptedException {
        String before = Documents.at(Stage.PUBLISHED, "JP", "public", "Restartium");
        given().get("/q/health/ready").then().statusCode(200);

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
    }

    private static void awaitReadable(String slug) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_WITHIN);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = given().get("/api/v1/documents/{slug}", slug).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The document still answered " + status + " " + RECOVERY_WITHIN.toSeconds()
                + " s after the database was back");
    }

    /** Readers that keep asking throughout, so that some requests are in flight when the server goes. */
    private static final class Readers {

        private final ExecutorService pool = Executors.newFixedThreadPool(READERS);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Duration> durations = new ConcurrentLinkedQueue<>();

        Readers(String slug) {
            for (int i = 0; i < READERS; i++) {
                String path = i % 2 == 0 ? "/api/v1/documents/" + slug : "/en/documents/" + slug;
                pool.submit(() -> {
                    while (running.get()) {
                        Instant start = Instant.now();
                        Response response = given().get(path);
                        durations.add(Duration.between(start, Instant.now()));
                        statuses.add(response.statusCode());
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("readers finished").isTrue();
        }

        List<Integer> statuses() {
            return List.copyOf(statuses);
        }

        Duration longest() {
            return durations.stream().max(Duration::compareTo).orElseThrow();
        }
    }
}
