package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jpus.taskforce.portal.operations.HealthReport.Keycloak;
import jpus.taskforce.portal.operations.HealthReport.Status;
import jpus.taskforce.portal.testsupport.FreePorts;

/** The Keycloak check of the detailed health: its discovery document, then its signing keys. */
@Tag("unit")
class KeycloakCheckTest {

    private final KeycloakCheck check = new KeycloakCheck(Duration.ofSeconds(2));

    @Test
    void aRealmNobodyAnswersForIsDown() {
        int port = FreePorts.any();
        long start = System.nanoTime();
        Keycloak result = check.check("http://127.0.0.1:" + port + "/realms/taskforce");
        assertThat(result.status()).isEqualTo(Status.DOWN);
        assertThat(result.error()).startsWith("ConnectException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRealmPublishingItsKeysIsUp() throws IOException {
        HttpServer server = realm(200);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/taskforce/";
            Keycloak result = check.check(url);
            assertThat(result.status()).isEqualTo(Status.UP);
            assertThat(result.url()).isEqualTo(url.substring(0, url.length() - 1));
            assertThat(result.issuer()).isEqualTo("https://sso.example/realms/taskforce");
            assertThat(result.signingKeys()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRealmWhoseKeysCannotBeReadIsDown() throws IOException {
        HttpServer server = realm(503);
        try {
            Keycloak result = check.check("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/taskforce");
            assertThat(result.status()).isEqualTo(Status.DOWN);
            assertThat(result.error()).contains("HTTP 503");
        } finally {
            server.stop(0);
        }
    }

    /** A stand-in realm whose key set answers with {@code keysStatus}. */
    private static HttpServer realm(int keysStatus) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/taskforce";
        server.createContext("/realms/taskforce/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "{\"issuer\":\"https://sso.example/realms/taskforce\",\"jwks_uri\":\"" + base + "/protocol/openid-connect/certs\"}"));
        server.createContext("/realms/taskforce/protocol/openid-connect/certs", exchange -> answer(exchange, keysStatus,
                "{\"keys\":[{\"kid\":\"a\"},{\"kid\":\"b\"}]}"));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
