package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.search.ZeroDowntimeReindex;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;

/** The operations page: administrators rebuild the search index and see every service's health. */
@QuarkusTest
class OperationsPageTest {

    private static final String PAGE = "/en/staff/operations";

    @Inject
    ZeroDowntimeReindex reindex;

    @Test
    void anAdministratorSeesTheHealthOfEveryService() {
        StaffSession.signIn(KeycloakServer.ADMIN).request().get(PAGE).then().statusCode(200)
                .body(containsString("id=\"status-database\">Up</span>"))
                .body(containsString("id=\"status-search-engine\">Up</span>"))
                .body(containsString("id=\"status-keycloak\">Up</span>"))
                .body(containsString("id=\"status-webhooks\">Up</span>"))
                .body(containsString("<code>document-read</code> → <code>document-"))
                .body(containsString("<code>" + KeycloakServer.shared().realmUrl() + "</code>"));
    }

    @Test
    void theJapanesePageSpeaksJapanese() {
        StaffSession.signIn(KeycloakServer.ADMIN).request().get("/ja/staff/operations").then().statusCode(200)
                .body(containsString("<h2 id=\"health-heading\">サービスの稼働状況</h2>"))
                .body(containsString("検索インデックスを再構築"));
    }

    @Test
    void anAdministratorRebuildsTheIndexAndSeesItDone() throws InterruptedException {
        StaffSession admin = StaffSession.signIn(KeycloakServer.ADMIN);
        awaitNoRebuild();
        Instant before = Instant.now();
        admin.form(PAGE).post(PAGE + "/reindex").then()
                .statusCode(303)
                .header("Location", endsWith(PAGE + "?done=started"));
        admin.request().get(PAGE + "?done=started").then().statusCode(200)
                .body(containsString("The rebuild has started."));
        awaitNoRebuild();
        assertThat(reindex.status().startedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        admin.request().get(PAGE).then().statusCode(200)
                .body(containsString("<span class=\"state\">Done</span>"))
                .body(containsString(reindex.status().documentsTotal() + " of " + reindex.status().documentsTotal()
                        + " documents indexed"))
                .body(containsString("<code>" + reindex.status().fromIndex() + "</code> → <code>"
                        + reindex.status().toIndex() + "</code>"))
                .body(containsString("<progress id=\"reindex-progress\" max=\"" + reindex.status().documentsTotal() + "\""));
    }

    @Test
    void aRebuildStartedWithoutTheFormsTokenIsRefused() {
        StaffSession admin = StaffSession.signIn(KeycloakServer.ADMIN);
        ZeroDowntimeReindex.Status before = reindex.status();
        admin.request().contentType("application/x-www-form-urlencoded").post(PAGE + "/reindex").then()
                .statusCode(400)
                .body(containsString("The form has expired"));
        assertThat(reindex.status().startedAt()).isEqualTo(before.startedAt());
    }

    @Test
    void otherStaffCannotOpenThePageNorStartARebuild() {
        StaffSession editor = StaffSession.signIn(KeycloakServer.METI_EDITOR);
        editor.request().get(PAGE).then().statusCode(403)
                .body(containsString("You cannot open this page"));
        editor.form("/en/staff").post(PAGE + "/reindex").then().statusCode(403);
    }

    @Test
    void administratorsFindThePageInTheirWorkspace() {
        StaffSession.signIn(KeycloakServer.ADMIN).request().get("/en/staff").then().statusCode(200)
                .body(containsString("href=\"/en/staff/operations\""));
    }

    private void awaitNoRebuild() {
        await("the rebuild finished").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> !reindex.status().running());
    }
}
