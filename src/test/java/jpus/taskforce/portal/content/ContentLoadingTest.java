package jpus.taskforce.portal.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.security.Roles;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.PortalTestResources;
import jpus.taskforce.portal.testsupport.TestFiles;
import jpus.taskforce.portal.testsupport.Tokens;

/** Loading content/ into the portal: complete, idempotent, and tolerant of a bad file. */
@QuarkusTest
class ContentLoadingTest {

    @Inject
    ContentLoader loader;

    @Inject
    Indexing indexing;

    @Inject
    EntityManager em;

    @Inject
    Publishing publishing;

    @TempDir
    Path copy;

    @Test
    void everyDocumentFolderIsLoadedAndSearchable() throws IOException {
        indexing.awaitIndexed();
        // Other tests of this application publish documents too: count the seeded ones.
        long seeded = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from Document d where d.contentPath is not null", Long.class).getSingleResult());
        long stored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from Document d", Long.class).getSingleResult());
        assertThat(seeded).isGreaterThanOrEqualTo(documentFolders(PortalTestResources.TEST_CONTENT));
        Tokens.as(KeycloakServer.MEMBER).queryParam("size", 1).when().get("/api/v1/documents").then()
                .statusCode(200).body("total", equalTo((int) stored));
    }

    @Test
    void loadingUnchangedContentAgainChangesNothing() {
        LoadReport report = loader.load(PortalTestResources.TEST_CONTENT);
        assertThat(report.changedNothing()).as(report.summary()).isTrue();
        assertThat(report.rejected()).isEmpty();
        assertThat((long) report.unchanged()).isEqualTo(documentFolders(PortalTestResources.TEST_CONTENT));
    }

    @Test
    void anEditedFileUpdatesItsDocument() throws IOException {
        copyContent();
        Path en = copy.resolve("documents/fixture-stemming-en/en.md");
        Files.writeString(en, Files.readString(en).replace("A test document about zorblefax.", "An edited summary."));

        LoadReport report = loader.load(copy);

        assertThat(report.updated()).containsExactly("fixture-stemming-en");
        given().when().get("/api/v1/documents/fixture-stemming-en").then()
                .statusCode(200).body("versions.en.summary", equalTo("An edited summary."));
        assertThat(loader.load(PortalTestResources.TEST_CONTENT).updated()).containsExactly("fixture-stemming-en");
    }

    @Test
    void aLoadWaitsWhileAnotherReplicaIsLoading() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch otherIsLoading = new CountDownLatch(1);
        CountDownLatch otherFinishes = new CountDownLatch(1);
        try {
            // Another replica in the middle of its load: it holds the lock row.
            replicas.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select id from content_load_lock where id = 1 for update").getResultList();
                otherIsLoading.countDown();
                awaitQuietly(otherFinishes);
            }));
            assertThat(otherIsLoading.await(10, TimeUnit.SECONDS)).isTrue();

            Future<LoadReport> load = replicas.submit(() -> loader.load(PortalTestResources.TEST_CONTENT));
            await("a load that started while another replica was loading, still waiting")
                    .during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> !load.isDone());

            otherFinishes.countDown();
            LoadReport report = load.get(60, TimeUnit.SECONDS);
            assertThat(report.rejected()).isEmpty();
            assertThat(report.changedNothing()).isTrue();
        } finally {
            otherFinishes.countDown();
            replicas.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMalformedFileIsReportedAndTheRestStillLoads() throws IOException {
        copyContent();
        Path broken = Files.createDirectories(copy.resolve("documents/fixture-broken"));
        Files.writeString(broken.resolve("meta.yaml"), "type: law\ngovernment: [unclosed\n");
        Files.writeString(broken.resolve("en.md"), "no front matter");

        LoadReport report = loader.load(copy);

        assertThat(report.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("documents/fixture-broken/meta.yaml");
            assertThat(problem.message()).contains("not valid YAML");
        });
        assertThat((long) report.unchanged()).isEqualTo(documentFolders(PortalTestResources.TEST_CONTENT));
        given().when().get("/api/v1/documents/fixture-broken").then().statusCode(404);
    }

    @Test
    void aDocumentTheDatabaseRefusesIsReportedAndTheRestOfItsBatchStillLoads() throws IOException {
        copyContent();
        // Written in one batch: the refused one fails the batch, which is then written one by one.
        TestFiles.copyTree(copy.resolve("documents/fixture-english-only"), copy.resolve("documents/fixture-batch-accepted"));
        Path refused = copy.resolve("documents/fixture-batch-refused");
        TestFiles.copyTree(copy.resolve("documents/fixture-english-only"), refused);
        // Content files are not held to the citation column's length; the database refuses it.
        Files.writeString(refused.resolve("meta.yaml"), "citation: " + "x".repeat(400) + "\n", StandardOpenOption.APPEND);

        LoadReport report = loader.load(copy);

        assertThat(report.created()).containsExactly("fixture-batch-accepted");
        assertThat(report.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("documents/fixture-batch-refused");
            assertThat(problem.message()).startsWith("could not be stored");
        });
        given().when().get("/api/v1/documents/fixture-batch-accepted").then().statusCode(200);
    }

    @Test
    void aRemovedFileIsReportedButTheDocumentIsKept() throws IOException {
        copyContent();
        TestFiles.deleteRecursively(copy.resolve("documents/fixture-stemming-en"));

        LoadReport report = loader.load(copy);

        // Other tests here seed documents of their own; this one removed exactly this folder.
        assertThat(report.removed()).contains("fixture-stemming-en").allMatch(slug -> !Files.exists(
                PortalTestResources.TEST_CONTENT.resolve("documents").resolve(slug)) || slug.equals("fixture-stemming-en"));
        given().when().get("/api/v1/documents/fixture-stemming-en").then().statusCode(200);
    }

    private void copyContent() throws IOException {
        TestFiles.copyTree(PortalTestResources.TEST_CONTENT, copy);
    }

    @Test
    void aDocumentEditedInThePortalIsNotOverwrittenByItsChangedFiles() throws IOException {
        copyContent();
        Path folder = copy.resolve("documents/fixture-seed-conflict");
        TestFiles.copyTree(copy.resolve("documents/fixture-english-only"), folder);
        loader.load(copy);
        DocumentInput current = QuarkusTransaction.requiringNew().call(() -> DocumentInput.of(
                em.createQuery("select d from Document d where d.slug = 'fixture-seed-conflict'", Document.class).getSingleResult()));
        DocumentInput.TextInput en = current.versions().get("en");
        Map<String, DocumentInput.TextInput> texts = Map.of("en", new DocumentInput.TextInput("Edited in the portal",
                en.summary(), en.scope(), en.enforcement(), en.body()));
        publishing.update("fixture-seed-conflict", new DocumentInput(current.slug(), current.type(), current.government(),
                current.agency(), current.topics(), current.issued(), current.effective(), current.updated(), current.status(),
                current.binding(), current.citation(), current.sourceUrl(), current.visibility(), current.supersededBy(),
                current.singleLanguageReason(), current.provenance(), current.reviewed(), current.goods(), current.regions(),
                texts, "Retitled.", false, null, null), admin());
        publishing.submit("fixture-seed-conflict", null, null, admin());
        publishing.approve("fixture-seed-conflict", admin2());
        publishing.publish("fixture-seed-conflict", null, admin());

        Path en2 = folder.resolve("en.md");
        Files.writeString(en2, Files.readString(en2).replace("Fixture published in English only", "Changed in the files"));
        LoadReport report = loader.load(copy);

        assertThat(report.conflicts()).containsExactly("fixture-seed-conflict");
        assertThat(report.updated()).doesNotContain("fixture-seed-conflict");
        String title = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select d from Document d where d.slug = 'fixture-seed-conflict'", Document.class).getSingleResult()
                .findVersion(Language.EN).orElseThrow().getTitle());
        assertThat(title).isEqualTo("Edited in the portal");
    }

    private static Viewer admin() {
        return new Viewer("admin", Set.of(Roles.ADMIN, Roles.MEMBER));
    }

    /** A second admin: nobody approves their own change. */
    private static Viewer admin2() {
        return new Viewer("second-admin", Set.of(Roles.ADMIN, Roles.MEMBER));
    }

    private static long documentFolders(Path root) {
        try (Stream<Path> folders = Files.list(root.resolve("documents"))) {
            return folders.filter(Files::isDirectory).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
