package jpus.taskforce.portal.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.portal.operations.HealthReport.Keycloak;
import jpus.taskforce.portal.operations.HealthReport.Status;

/**
 * Whether the realm answers as the portal needs it to: its OIDC discovery document, then the
 * signing keys it names, each within a short timeout so that a Keycloak that hangs cannot hold
 * the admin's page.
 */
public final class KeycloakCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final HttpClient http;

    public KeycloakCheck(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @param realmUrl the configured {@code quarkus.oidc.auth-server-url} */
    public Keycloak check(String realmUrl) {
        String realm = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        try {
            JsonNode discovery = get(realm + "/.well-known/openid-configuration");
            String jwks = discovery.path("jwks_uri").asText("");
            if (jwks.isEmpty()) {
                return new Keycloak(Status.DOWN, realm, null, null, "The discovery document names no jwks_uri");
            }
            int keys = get(jwks).path("keys").size();
            return new Keycloak(keys > 0 ? Status.UP : Status.DOWN, realm, discovery.path("issuer").asText(null), keys,
                    keys > 0 ? null : "The realm publishes no signing keys");
        } catch (IOException | IllegalArgumentException e) {
            return new Keycloak(Status.DOWN, realm, null, null, HealthReport.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Keycloak(Status.DOWN, realm, null, null, "Interrupted");
        }
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
        return JSON.readTree(response.body());
    }
}
