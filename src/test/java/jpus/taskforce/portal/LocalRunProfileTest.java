package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.PortalTestResources;
import jpus.taskforce.portal.testsupport.SearchNodeProcess;

/** The README's local run: the dev profile on an embedded H2 file database with the search node. */
@QuarkusTest
@TestProfile(LocalRunProfileTest.LocalRun.class)
class LocalRunProfileTest {

    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Its own database file, so the test never touches a developer's .local/ data.
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/local-run-test/db;DB_CLOSE_ON_EXIT=FALSE",
                    "quarkus.flyway.clean-at-start", "true",
                    "quarkus.flyway.clean-disabled", "false",
                    "quarkus.http.test-port", "0");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalRunResources.class));
        }

        /** No mail server either: the local run sends no mail. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /**
     * A search node of its own: its index holds the H2 database's documents, which the node the
     * suite's other profiles share must not (they read the PostgreSQL test database).
     */
    public static class LocalRunResources extends PortalTestResources {

        private SearchNodeProcess node;

        @Override
        protected SearchNodeProcess searchNode() {
            if (node == null) {
                node = SearchNodeProcess.startPrivate();
            }
            return node;
        }

        @Override
        public void stop() {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Inject
    Indexing indexing;

    @Test
    void startsOnH2AndServesASearch() {
        indexing.awaitIndexed();
        given().queryParam("q", "forced labor").when().get("/api/v1/documents").then()
                .statusCode(200).body("total", greaterThan(0));
    }
}
