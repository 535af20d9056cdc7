package jpus.taskforce.portal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;
import jpus.taskforce.portal.webhook.WebhookSignature;

/** Webhooks reach a real HTTP receiver, signed, retried while it fails, and delivered once. */
@QuarkusTest
class WebhooksTest {

    private static final String SECRET = "a-shared-secret-for-the-test-receiver";

    private HttpServer receiver;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    record Received(String id, String event, String timestamp, String signature, String body, int answeredWith) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            var headers = exchange.getRequestHeaders();
            requests.add(new Received(headers.getFirst(WebhookSignature.ID_HEADER), headers.getFirst(WebhookSignature.EVENT_HEADER),
                    headers.getFirst(WebhookSignature.TIMESTAMP_HEADER), headers.getFirst(WebhookSignature.SIGNATURE_HEADER),
                    body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aFailingReceiverGetsRetriesThenTheEventOnceWithAVerifiableSignature() throws InterruptedException {
        failuresLeft.set(2);
        long webhook = register(List.of("created"));
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");

        List<Received> forSlug = awaitDelivered(slug);
        assertThat(forSlug).hasSize(3);
        assertThat(forSlug).extracting(Received::answeredWith).containsExactly(503, 503, 204);
        assertThat(forSlug).extracting(Received::id).containsOnly(forSlug.get(0).id());
        for (Received request : forSlug) {
            assertThat(request.signature()).isEqualTo(
                    WebhookSignature.sign(SECRET, Long.parseLong(request.timestamp()), request.body()));
            assertThat(request.event()).isEqualTo("created");
        }
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/webhooks/{id}/deliveries", webhook).then()
                .statusCode(200)
                .body("find { it.payload.contains('" + slug + "') }.status", equalTo("delivered"))
                .body("find { it.payload.contains('" + slug + "') }.attempts", equalTo(3));
        Tokens.as(KeycloakServer.ADMIN).delete("/api/v1/webhooks/{id}", webhook).then().statusCode(204);
    }

    @Test
    void anEndpointThatCannotBeReachedIsTriedOnceARunWhileOtherPartnersGetTheirEvents() throws IOException {
        long down = registerAt("http://127.0.0.1:" + closedPort() + "/hook", List.of("created"));
        long up = register(List.of("created"));
        long firstEvent = System.nanoTime();
        // More events than one dispatch run takes: the backlog to the endpoint that is down would fill it.
        List<String> slugs = IntStream.range(0, 25).mapToObj(i -> Documents.at(Stage.PUBLISHED, "JP", "public")).toList();

        await("every event at the endpoint that answers").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> slugs.stream().allMatch(slug -> forSlug(slug).stream().anyMatch(r -> r.answeredWith() == 204)));
        long runs = Duration.ofNanos(System.nanoTime() - firstEvent).toSeconds() + 1;

        List<Integer> attempts = Tokens.as(KeycloakServer.ADMIN).get("/api/v1/webhooks/{id}/deliveries", down).then()
                .statusCode(200)
                .extract().path("attempts");
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(slugs.size());
        assertThat(attempts.stream().mapToInt(Integer::intValue).sum())
                .as("attempts at the endpoint that is down, in %d dispatch runs (one a second in the tests)", runs)
                .isLessThanOrEqualTo((int) runs);
        assertThat(attempts).as("deliveries that waited without using up their attempts").contains(0);
        Tokens.as(KeycloakServer.ADMIN).delete("/api/v1/webhooks/{id}", down).then().statusCode(204);
        Tokens.as(KeycloakServer.ADMIN).delete("/api/v1/webhooks/{id}", up).then().statusCode(204);
    }

    @Test
    void onlyAdminsRegisterEndpoints() {
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hook"))
                .post("/api/v1/webhooks").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anEndpointNeedsAUsableUrlAndKnownEvents() {
        Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .body(Map.of("url", "ftp://partner.example/hook", "events", List.of("exploded")))
                .post("/api/v1/webhooks").then()
                .statusCode(422)
                .body("errors.name", hasItem("url"))
                .body("errors.name", hasItem("events"));
    }

    private long register(List<String> events) {
        return registerAt("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", events);
    }

    private static long registerAt(String url, List<String> events) {
        Number id = Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .body(Map.of("url", url, "events", events, "secret", SECRET))
                .post("/api/v1/webhooks").then()
                .statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private List<Received> awaitDelivered(String slug) {
        await("a successful delivery for " + slug).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> forSlug(slug).stream().anyMatch(r -> r.answeredWith() == 204));
        // A duplicate would arrive within the next dispatch runs (one a second in the tests): nothing more may come.
        int delivered = forSlug(slug).size();
        await("no second delivery for " + slug).during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> forSlug(slug).size() == delivered);
        return forSlug(slug);
    }

    private List<Received> forSlug(String slug) {
        return requests.stream().filter(r -> r.body().contains("\"" + slug + "\"")).toList();
    }
}
