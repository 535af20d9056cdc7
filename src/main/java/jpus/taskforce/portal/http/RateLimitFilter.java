package jpus.taskforce.portal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import jpus.taskforce.portal.api.Problem;

/**
 * Limits how many API requests one client makes per minute: an address without credentials, or a
 * credential (partners get a higher limit), in fixed one-minute windows.
 * A new window starts a new table, so memory is bounded by the clients of one minute. Behind a
 * proxy the address is the forwarded one only when the proxy is trusted
 * ({@code quarkus.http.proxy.*}, see docs/operations.md). Each replica counts on its own.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final long WINDOW_MILLIS = 60_000;

    @Inject
    RateLimitConfig config;

    private final Clock clock = Clock.systemUTC();
    private volatile Window window = new Window(0, new ConcurrentHashMap<>());

    private record Window(long number, Map<String, AtomicInteger> counts) {
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        String credential = request.getHeader(HttpHeaders.AUTHORIZATION);
        int limit = credential == null ? config.anonymousPerMinute() : config.authenticatedPerMinute();
        if (limit <= 0 || !ErrorResponses.isApi(request.path())) {
            return null;
        }
        long now = clock.millis();
        Window current = current(now / WINDOW_MILLIS);
        String client = credential != null ? "credential:" + digest(credential)
                : request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        int count = current.counts().computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
        if (count <= limit) {
            return null;
        }
        long retryAfter = Math.max(1, (WINDOW_MILLIS - now % WINDOW_MILLIS + 999) / 1000);
        return Response.fromResponse(ErrorResponses.of(request.path(), Problem.of(429, "Too Many Requests", "More than "
                + limit + " requests in a minute from this " + (credential == null ? "address" : "client")
                + ". Retry after " + retryAfter + " seconds.", request.path())))
                .header("Retry-After", retryAfter)
                .build();
    }

    private static String digest(String credential) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private Window current(long number) {
        Window current = window;
        if (current.number() != number) {
            synchronized (this) {
                if (window.number() != number) {
                    window = new Window(number, new ConcurrentHashMap<>());
                }
                current = window;
            }
        }
        return current;
    }
}
