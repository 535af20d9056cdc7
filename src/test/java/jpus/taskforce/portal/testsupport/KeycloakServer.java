package jpus.taskforce.portal.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak (installed by ./portal test into build/test-tools), started once per test JVM and
 * stopped when that JVM exits. Its embedded database is deleted before every start, so the realm
 * is always imported afresh from src/test/resources/keycloak/taskforce-realm.json: Keycloak never
 * re-imports a realm that already exists.
 */
public final class KeycloakServer {

    public static final String REALM = "taskforce";
    public static final String AUDIENCE = "portal-api";

    public static final String PORTAL_WEB = "portal-web";
    public static final String PORTAL_WEB_SECRET = "portal-web-secret";
    /** Only the tests use this client: it alone allows the password grant. */
    public static final String PORTAL_TEST = "portal-test";
    public static final String PORTAL_TEST_SECRET = "portal-test-secret";
    public static final String PARTNER_READER = "partner-reader";
    public static final String PARTNER_READER_SECRET = "partner-reader-secret";
    /** A partner whose access tokens expire one second after they are issued. */
    public static final String PARTNER_SHORT_LIVED = "partner-short-lived";
    public static final String PARTNER_SHORT_LIVED_SECRET = "partner-short-lived-secret";
    public static final String PARTNER_MEMBER = "partner-member";
    public static final String PARTNER_MEMBER_SECRET = "partner-member-secret";

    /** The realm's users; each one's password is its user name. */
    public static final String ADMIN = "admin";
    public static final String METI_EDITOR = "meti-editor";
    public static final String USTR_EDITOR = "ustr-editor";
    public static final String METI_REVIEWER = "meti-reviewer";
    public static final String USTR_REVIEWER = "ustr-reviewer";
    public static final String MEMBER = "member";

    private static final String DEFAULT_HOME = "build/test-tools/keycloak-26.5.6";
    private static final String REALM_RESOURCE = "/keycloak/taskforce-realm.json";
    // The first start after installation includes Keycloak's build step (~30 s on 2 cores).
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static final int PORT_ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JVM_WIDE_NAME = "keycloak";
    private static KeycloakServer shared;

    private final ProcessHandle process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(ProcessHandle process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The one Keycloak of this test JVM, started by the first test profile that asks for it. */
    public static synchronized KeycloakServer shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = JvmWideServers.find(JVM_WIDE_NAME)
                    .map(running -> new KeycloakServer(running.process(), running.port(), running.files()))
                    .orElseGet(KeycloakServer::startForThisJvm);
        }
        return shared;
    }

    private static KeycloakServer startForThisJvm() {
        KeycloakServer started = start();
        JvmWideServers.record(JVM_WIDE_NAME, new JvmWideServers.Running(started.process, started.port, started.log));
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "keycloak-stop"));
        return started;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    /** An access token for one of the realm's users (password grant through {@link #PORTAL_TEST}). */
    public String passwordToken(String user) {
        return accessToken(passwordGrant(user, user));
    }

    /** The token endpoint's raw answer, for tests about refused sign-ins. */
    public HttpResponse<String> passwordGrant(String user, String password) {
        return requestToken(Map.of("grant_type", "password", "client_id", PORTAL_TEST,
                "client_secret", PORTAL_TEST_SECRET, "username", user, "password", password));
    }

    /** An access token for a client's service account (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return accessToken(requestToken(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    private HttpResponse<String> requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    /** Sends a request to Keycloak as it is: redirects are not followed, so the answer is Keycloak's own. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + "): " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeycloakServer start() {
        Path home = home();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not installed in " + home + ": run ./portal test, "
                    + "or set PORTAL_KEYCLOAK_HOME to a Keycloak 26.5 installation");
        }
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("keycloak.log");
            Instant started = Instant.now();
            for (int attempt = 1;; attempt++) {
                // Keycloak binds its port only after ~15 s of start-up; until then another server or an
                // outgoing connection may take the free port chosen for it, and it exits. It gets another.
                int port = FreePorts.any();
                KeycloakServer server = new KeycloakServer(launch(home, port, log).toHandle(), port, log);
                try {
                    server.awaitReady();
                    System.out.printf("Keycloak ready on %s in %.1f s (log: %s)%n", server.url(),
                            Duration.between(started, Instant.now()).toMillis() / 1000.0, log);
                    return server;
                } catch (PortTaken taken) {
                    server.stop();
                    if (attempt == PORT_ATTEMPTS) {
                        throw taken;
                    }
                } catch (IOException | RuntimeException e) {
                    // Whatever went wrong, no Keycloak outlives the test run that started it.
                    server.stop();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /** kc.sh start-dev on {@code port} with a fresh database that imports the test realm. */
    private static Process launch(Path home, int port, Path log) throws IOException {
        TestFiles.deleteRecursively(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is not on the test classpath");
            }
            Files.copy(realm, imports.resolve("taskforce-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(port), "--http-host", "127.0.0.1", "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Nobody signs in to the admin console during tests; a random password keeps it closed.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin-console");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // kc.sh already selects G1, and two collectors stop the JVM: switch G1 off before choosing Serial,
        // which needs less memory and fewer threads on a 2-core machine.
        env.put("JAVA_OPTS_APPEND", "-XX:-UseG1GC -XX:+UseSerialGC");
        return builder.start();
    }

    /** Keycloak exited because its port was taken before it could bind it. */
    private static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }

    static Path home() {
        String configured = System.getProperty("PORTAL_KEYCLOAK_HOME", System.getenv("PORTAL_KEYCLOAK_HOME"));
        return Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT_HOME).toAbsolutePath();
    }

    // The realm's discovery document answers only once the realm is imported, unlike the server's port.
    private void awaitReady() throws IOException {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            // Refused while not listening yet, a timeout while listening but still busy starting (slow on a loaded machine).
            await("Keycloak's realm ready").atMost(STARTUP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .failFast("Keycloak exited during start-up", () -> !process.isAlive())
                    .ignoreExceptionsMatching(e -> e instanceof ConnectException || e instanceof HttpTimeoutException)
                    .until(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (TerminalFailureException exited) {
            String tail = logTail();
            if (tail.contains("Port already bound")) {
                throw new PortTaken("Keycloak's port " + port + " was taken during its start-up:\n" + tail);
            }
            throw new IllegalStateException("Keycloak exited during start-up:\n" + tail);
        } catch (ConditionTimeoutException late) {
            stop();
            throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + logTail());
        }
    }

    /**
     * Stops kc.sh and the JVM it runs. After its first start kc.sh stays a parent shell, and killing the
     * shell alone would leave Keycloak's JVM running; the descendants are collected before the parent
     * goes, since they can no longer be found once it has.
     */
    public void stop() {
        List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        awaitExit(process);
        children.forEach(KeycloakServer::awaitExit);
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private String logTail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

}
