package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.search.IndexMaintenance;
import jpus.taskforce.portal.search.SearchFields;
import jpus.taskforce.portal.security.Roles;
import jpus.taskforce.portal.security.Viewer;

/**
 * The search engine goes down in the middle of 500 publications and comes back: reading keeps
 * working from the database, search says it is unavailable, every write succeeds, and once the
 * engine is back every change is in the index exactly once.
 */
@QuarkusTest
@TestProfile(OwnBackingServices.class)
class EngineOutageTest {

    private static final int WRITES = 500;
    private static final Viewer EDITOR = new Viewer("meti-editor", Set.of(Roles.EDITOR, Roles.MEMBER, Roles.AGENCY_METI));
    private static final Viewer REVIEWER = new Viewer("meti-reviewer", Set.of(Roles.REVIEWER, Roles.MEMBER, Roles.AGENCY_METI));

    @Inject
    Publishing publishing;

    @Inject
    SearchSession search;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    IndexMaintenance maintenance;

    @Test
    void writesDuringAnOutageAreAllIndexedOnceWhenTheEngineReturns() throws InterruptedException {
        List<String> slugs = new ArrayList<>();
        publish(slugs, WRITES / 5);

        OwnBackingServices.searchNode().stop();
        publish(slugs, WRITES * 3 / 5);
        given().get("/api/v1/documents/{slug}", slugs.get(slugs.size() - 1)).then().statusCode(200);
        given().get("/en/documents/{slug}", slugs.get(0)).then().statusCode(200);
        given().get("/en/").then().statusCode(200);
        given().get("/api/v1/documents?q=forced+labor").then().statusCode(503).contentType("application/problem+json");
        given().get("/en/search?q=forced+labor").then().statusCode(503).body(containsString("temporarily unavailable"));
        // So that a load balancer routes searches to replicas that can answer them.
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        OwnBackingServices.restartSearchNode();
        publish(slugs, WRITES - slugs.size());
        assertThat(slugs).hasSize(WRITES).doesNotHaveDuplicates();

        awaitOutboxDrained(Duration.ofMinutes(3));
        long indexed = QuarkusTransaction.requiringNew().call(() -> search.search(Document.class)
                .where(f -> f.terms().field(SearchFields.SLUG).matchingAny(slugs)).fetchTotalHitCount());
        long inIndex = QuarkusTransaction.requiringNew().call(() -> search.search(Document.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(d) from Document d",
                Long.class).getSingleResult());
        assertThat(indexed).as("written documents found in the index").isEqualTo(WRITES);
        assertThat(inIndex).as("documents in the index, against the database").isEqualTo(inDatabase);
    }

    @Test
    void aOnePassIndexingTheEngineCannotTakeIsQueuedInTheOutboxInstead() throws InterruptedException {
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(d) from Document d",
                Long.class).getSingleResult());
        OwnBackingServices.searchNode().stop();
        try {
            // What the first content load does once its documents are written.
            maintenance.indexOrQueueAll();
            assertThat(pendingIndexChanges()).as("index changes queued").isGreaterThanOrEqualTo(inDatabase);
        } finally {
            OwnBackingServices.restartSearchNode();
        }

        awaitOutboxDrained(Duration.ofMinutes(3));
        long inIndex = QuarkusTransaction.requiringNew().call(() -> search.search(Document.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        assertThat(inIndex).as("documents in the index, against the database").isEqualTo(inDatabase);
    }

    private void publish(List<String> slugs, int count) {
        for (int i = 0; i < count; i++) {
            String slug = Documents.newSlug("outage");
            DocumentInput input = json.convertValue(Documents.body(slug, "JP", "public", "Outagium"), DocumentInput.class);
            publishing.create(input, EDITOR);
            publishing.submit(slug, "First version.", true, EDITOR);
            publishing.approve(slug, REVIEWER);
            publishing.publish(slug, null, REVIEWER);
            slugs.add(slug);
        }
    }

    private void awaitOutboxDrained(Duration timeout) {
        await("index changes pending in the outbox").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(this::pendingIndexChanges, pending -> pending == 0);
        search.workspace(Document.class).refresh();
    }

    private long pendingIndexChanges() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult()).longValue());
    }
}
