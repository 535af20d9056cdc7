package jpus.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What every test needs before the portal starts: the search node, Keycloak, the test database, and the
 * test content folder, which is the real content/ plus the crafted documents under
 * src/test/resources/fixture-documents (their slugs start with {@code fixture-}) that let search
 * tests assert exact behaviour.
 */
public class PortalTestResources implements QuarkusTestResourceLifecycleManager {

    public static final Path TEST_CONTENT = Path.of("target", "test-content");
    /** Keycloak's own realm address, for profiles that put something between the portal and Keycloak. */
    public static final String KEYCLOAK_REALM_URL = "portal.test.keycloak-realm-url";
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixture-documents");

    @Override
    public Map<String, String> start() {
        TestDatabase.ensureExists();
        assembleTestContent();
        String hosts = searchNode().hostAndPort();
        KeycloakServer keycloak = KeycloakServer.shared();
        return Map.of(
                "quarkus.hibernate-search-orm.elasticsearch.hosts", hosts,
                "quarkus.elasticsearch.hosts", hosts,
                "portal.content.directory", TEST_CONTENT.toString(),
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                KEYCLOAK_REALM_URL, keycloak.realmUrl(),
                "quarkus.oidc.credentials.secret", KeycloakServer.PORTAL_WEB_SECRET);
    }

    @Override
    public void stop() {
        // The node is shared by every test profile of this JVM and stops when the JVM exits.
    }

    /** The engine the portal searches: the default node, unless a profile brings its own resources. */
    protected SearchNodeProcess searchNode() {
        return SearchNodeProcess.shared();
    }

    private static synchronized void assembleTestContent() {
        try {
            TestFiles.deleteRecursively(TEST_CONTENT);
            TestFiles.copyTree(Path.of("content"), TEST_CONTENT);
            TestFiles.copyTree(FIXTURES, TEST_CONTENT.resolve("documents"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL database the suite uses, created on first use (the server itself is started by ./portal test). */
    static final class TestDatabase {

        private TestDatabase() {
        }

        static void ensureExists() {
            if (System.getenv("PORTAL_TEST_DB_URL") != null) {
                return;
            }
            String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
            try (var connection = DriverManager.getConnection(admin, "postgres", "");
                    var exists = connection.prepareStatement("select 1 from pg_database where datname = 'portal_test'")) {
                if (!exists.executeQuery().next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database portal_test");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL is not reachable on 127.0.0.1:5432 as postgres; "
                        + "run the suite with ./portal test, which starts it, or set PORTAL_TEST_DB_URL", e);
            }
        }
    }
}
