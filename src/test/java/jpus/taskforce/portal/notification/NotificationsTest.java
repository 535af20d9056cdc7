package jpus.taskforce.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.MailServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** Staff are told of workflow steps by e-mail, received by a real SMTP server. */
@QuarkusTest
class NotificationsTest {

    /**
     * After the mail server has been stopped and started again, the portal's first connection to it
     * can stall until the server's own 30-second socket timeout ends it (GreenMail answers "421 ...
     * socket timeout, SO_TIMEOUT: 30000ms"), and the message goes out on the next attempt: one such
     * stall must fit, with room for the retry.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    Notifications notifications;

    /** A received message, decoded. */
    record Received(List<String> to, String subject, String body) {
    }

    @Test
    void reviewersAreToldOfASubmissionAndEditorsOfReturnApprovalAndPublication() {
        String marker = marker("Ustrmail");
        String slug = draft("US", marker);
        submit(KeycloakServer.USTR_EDITOR, slug);
        Received submitted = awaitMessage("ustr-reviewer@ustr.example", "For review: Test guidance on " + marker);
        assertThat(submitted.body()).contains("ustr-editor has submitted", "http://localhost:8080/en/staff/documents/" + slug);

        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .body(Map.of("remark", "Name the " + marker + " suppliers' regions."))
                .post("/api/v1/documents/{slug}/return", slug).then().statusCode(200);
        Received returned = awaitMessage("ustr-editor@ustr.example", "Sent back for changes: Test guidance on " + marker);
        assertThat(returned.body()).contains("Name the " + marker + " suppliers' regions.",
                "http://localhost:8080/en/staff/documents/" + slug);

        submit(KeycloakServer.USTR_EDITOR, slug);
        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        awaitMessage("ustr-editor@ustr.example", "Approved: Test guidance on " + marker);

        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
        Received published = awaitMessage("ustr-editor@ustr.example", "Published: Test guidance on " + marker);
        assertThat(published.body()).contains("ustr-reviewer has published", "/en/staff/documents/" + slug);
    }

    @Test
    void aJapanesePreferringUserIsWrittenToInJapanese() {
        String marker = marker("Metimail");
        String slug = draft("JP", marker);
        submit(KeycloakServer.METI_EDITOR, slug);
        Received submitted = awaitMessage("meti-reviewer@meti.example", "【審査依頼】Test guidance on " + marker);
        assertThat(submitted.body()).contains("meti-editorさんから", "審査をお願いします",
                "http://localhost:8080/ja/staff/documents/" + slug);

        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .body(Map.of("remark", "日本語の要約の年が誤っています。"))
                .post("/api/v1/documents/{slug}/return", slug).then().statusCode(200);
        Received returned = awaitMessage("meti-editor@meti.example", "【差戻し】Test guidance on " + marker);
        assertThat(returned.body()).contains("差し戻しました", "日本語の要約の年が誤っています。", "/ja/staff/documents/" + slug);
    }

    @Test
    void aStepSucceedsWhileTheMailServerIsDownAndItsMessageIsSentOnceTheServerIsBack() {
        String marker = marker("Outagemail");
        String slug = draft("US", marker);
        MailServer.stopServer();
        try {
            submit(KeycloakServer.USTR_EDITOR, slug);
            await().atMost(DELIVERY).until(() -> notifications.messagesFor(KeycloakServer.USTR_REVIEWER, 50).stream()
                    .anyMatch(n -> n.getSlug().equals(slug) && n.getAttempts() > 0 && n.getLastError() != null));
        } finally {
            MailServer.startServer();
        }
        awaitMessage("ustr-reviewer@ustr.example", "For review: Test guidance on " + marker);
        // The server has the message as soon as SMTP accepts it; the portal records it as sent just after.
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(notifications.messagesFor(KeycloakServer.USTR_REVIEWER, 50))
                .filteredOn(n -> n.getSlug().equals(slug))
                .singleElement()
                .satisfies(n -> assertThat(n.getSentAt()).isNotNull()));
    }

    private static String marker(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000L, 36);
    }

    private static String draft(String government, String marker) {
        String slug = Documents.newSlug("test-mail");
        Tokens.as(Documents.editorOf(government)).contentType("application/json")
                .body(Documents.body(slug, government, "public", marker))
                .post("/api/v1/documents").then().statusCode(201);
        return slug;
    }

    private static void submit(String editor, String slug) {
        Tokens.as(editor).contentType("application/json").body(Map.of("changeNote", "Ready for review."))
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
    }

    private static Received awaitMessage(String recipient, String subject) {
        return await().atMost(DELIVERY).until(() -> received().stream()
                .filter(m -> m.to().contains(recipient) && m.subject().startsWith(subject))
                .findFirst().orElse(null), m -> m != null);
    }

    private static List<Received> received() {
        return Arrays.stream(MailServer.server().getReceivedMessages()).map(NotificationsTest::decode).toList();
    }

    private static Received decode(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
            return new Received(to, message.getSubject(), message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
