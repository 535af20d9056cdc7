package jpus.taskforce.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks Keycloak whether it answers before the portal sends someone there to sign in: once the OIDC
 * metadata is cached, the portal would redirect to Keycloak even while it is down, and the reader
 * would meet the browser's connection error instead of a page that explains.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public boolean reachable() {
        if (server.isEmpty()) {
            return true;
        }
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(server.get() + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT).build();
        try {
            return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
