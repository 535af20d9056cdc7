package jpus.taskforce.portal.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.FreePorts;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.SearchNodeProcess;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Two instances of the packaged application (production profile) on one database and one search
 * engine, as two replicas behind a Service: they share indexing through the outbox, so an edit
 * made through one is searchable through the other within seconds. Last, both stop with a
 * publication scheduled, and it happens once one of them is started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final String DATABASE = "portal_it";
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);
    private static final List<Process> REPLICAS = new ArrayList<>();
    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        recreateDatabase();
        String engine = SearchNodeProcess.shared().hostAndPort();
        KeycloakServer keycloak = KeycloakServer.shared();
        // One after the other, as a rolling deployment starts them: the first creates the index.
        first = start("a", engine, keycloak);
        awaitReady(first);
        second = start("b", engine, keycloak);
        awaitReady(second);
    }

    @AfterAll
    static void stopReplicas() {
        REPLICAS.forEach(Process::destroy);
    }

    @Test
    @Order(0)
    void productionTellsBrowsersToUseHttpsOnly() {
        // Behind the ingress that ends TLS, as in production; the header is what browsers remember.
        given().baseUri(first).get("/en/").then()
                .statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().baseUri(first).get("/api/v1/documents").then()
                .header("Strict-Transport-Security", startsWith("max-age=31536000"));
    }

    @Test
    @Order(1)
    void anEditPublishedThroughOneReplicaIsSearchableThroughTheOther() {
        String slug = publishThrough(first, "Amberlode");
        Duration took = awaitFound(second, "Amberlode", slug);
        assertThat(took).isLessThan(INDEXED_WITHIN);
    }

    @Test
    @Order(2)
    void andTheOtherWayRound() {
        String slug = publishThrough(second, "Cinderwick");
        assertThat(awaitFound(first, "Cinderwick", slug)).isLessThan(INDEXED_WITHIN);
    }

    @Test
    @Order(3)
    void aPublicationScheduledBeforeARestartHappensAfterIt() throws Exception {
        String slug = Documents.newSlug("scheduled");
        String editor = Tokens.token(KeycloakServer.METI_EDITOR);
        String reviewer = Tokens.token(KeycloakServer.METI_REVIEWER);
        given().baseUri(first).auth().oauth2(editor).contentType("application/json")
                .body(Documents.body(slug, "JP", "public", "Quillonite")).post("/api/v1/documents").then().statusCode(201);
        given().baseUri(first).auth().oauth2(editor).contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        given().baseUri(first).auth().oauth2(reviewer).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        Instant at = Instant.now().plusSeconds(20);
        given().baseUri(first).auth().oauth2(reviewer).contentType("application/json")
                .body("{\"publishAt\": \"" + at + "\"}")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(202);

        REPLICAS.forEach(Process::destroy);
        for (Process replica : REPLICAS) {
            replica.waitFor();
        }
        REPLICAS.clear();
        await("the publication's time passed while no replica ran").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> Instant.now().isAfter(at.plusSeconds(2)));
        String restarted = start("c", SearchNodeProcess.shared().hostAndPort(), KeycloakServer.shared());
        awaitReady(restarted);

        await("the scheduled document published by the restarted replica").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().baseUri(restarted).get("/api/v1/documents/{slug}", slug).statusCode() == 200);
        String publishedBy = given().baseUri(restarted).get("/api/v1/documents/{slug}/revisions", slug).then()
                .statusCode(200).extract().path("[0].publishedBy");
        assertThat(publishedBy).isEqualTo("scheduled-publication");
    }

    private static String publishThrough(String base, String marker) {
        String slug = Documents.newSlug("replica");
        given().baseUri(base).auth().oauth2(Tokens.token(KeycloakServer.METI_EDITOR)).contentType("application/json")
                .body(Documents.body(slug, "JP", "public", marker))
                .post("/api/v1/documents").then().statusCode(201);
        given().baseUri(base).auth().oauth2(Tokens.token(KeycloakServer.METI_EDITOR)).contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        given().baseUri(base).auth().oauth2(Tokens.token(KeycloakServer.METI_REVIEWER)).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        given().baseUri(base).auth().oauth2(Tokens.token(KeycloakServer.METI_REVIEWER)).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
        return slug;
    }

    /** How long until a search through {@code base} finds the document; the caller holds it to INDEXED_WITHIN. */
    private static Duration awaitFound(String base, String marker, String slug) {
        Instant start = Instant.now();
        await(slug + " found through " + base).atMost(INDEXED_WITHIN.multipliedBy(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().baseUri(base).get("/api/v1/documents?q=" + marker).then().statusCode(200)
                        .extract().<List<String>>path("hits.slug").contains(slug));
        return Duration.between(start, Instant.now());
    }

    private static String start(String name, String engine, KeycloakServer keycloak) throws IOException {
        int port = FreePorts.any();
        Path log = Path.of("target", "replica-" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-jar", System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("PORTAL_SEARCH_HOSTS", engine);
        env.put("PORTAL_OIDC_URL", keycloak.realmUrl());
        env.put("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.PORTAL_WEB_SECRET);
        env.put("PORTAL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "0");
        env.put("PORTAL_CONTENT_DIRECTORY", "content");
        REPLICAS.add(builder.start());
        return "http://127.0.0.1:" + port;
    }

    private static void awaitReady(String base) {
        // Until it listens, the connection is refused: RestAssured throws that checked exception as is.
        await(base + " ready (see target/replica-*.log)").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> given().baseUri(base).get("/q/health/ready").statusCode() == 200);
    }

    private static void recreateDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
    }
}
