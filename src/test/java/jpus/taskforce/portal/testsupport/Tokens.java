package jpus.taskforce.portal.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Real Keycloak access tokens for the realm's users and partner clients, kept for a little less
 * than their lifetime so that a test asking a hundred questions does not sign in a hundred times.
 */
public final class Tokens {

    /** The realm issues tokens for 300 s; refresh well before. */
    private static final Duration REUSE = Duration.ofSeconds(200);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A request as one of the realm's people or partner clients; {@code null} or "anonymous" sends no credentials. */
    public static RequestSpecification as(String who) {
        if (who == null || who.equals("anonymous")) {
            return given();
        }
        return given().auth().oauth2(token(who));
    }

    public static String token(String who) {
        Cached cached = CACHE.get(who);
        if (cached == null || cached.obtained().plus(REUSE).isBefore(Instant.now())) {
            cached = new Cached(obtain(who), Instant.now());
            CACHE.put(who, cached);
        }
        return cached.token();
    }

    private static String obtain(String who) {
        KeycloakServer keycloak = KeycloakServer.shared();
        return switch (who) {
            case KeycloakServer.PARTNER_READER -> keycloak.clientToken(KeycloakServer.PARTNER_READER,
                    KeycloakServer.PARTNER_READER_SECRET);
            case KeycloakServer.PARTNER_MEMBER -> keycloak.clientToken(KeycloakServer.PARTNER_MEMBER,
                    KeycloakServer.PARTNER_MEMBER_SECRET);
            default -> keycloak.passwordToken(who);
        };
    }

    private record Cached(String token, Instant obtained) {
    }
}
