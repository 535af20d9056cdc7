package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of staff notifications (e-mail messages of workflow steps and the staff inbox), in English
 * ({@code messages/notify_en.properties}) and Japanese ({@code messages/notify_ja.properties});
 * templates reach it as {@code notify:}. A bundle of its own because Quarkus generates each
 * bundle's resolver as one method, which breaks past 300 messages.
 */
@MessageBundle(value = "notify", locale = "en")
public interface NotifyMessages {

    @Message String notify_submitted_subject(String title);
    @Message String notify_submitted_body(String actor, String title, String link);
    @Message String notify_returned_subject(String title);
    @Message String notify_returned_body(String actor, String title, String remark, String link);
    @Message String notify_approved_subject(String title);
    @Message String notify_approved_body(String actor, String title, String link);
    @Message String notify_published_subject(String title);
    @Message String notify_published_body(String actor, String title, String link);
    @Message String notify_footer();
    @Message String inbox_title();
    @Message String inbox_link();
    @Message String inbox_intro();
    @Message String inbox_waiting();
    @Message String inbox_waiting_none();
    @Message String inbox_waiting_review();
    @Message String inbox_waiting_returned();
    @Message String inbox_messages();
    @Message String inbox_messages_none();
    @Message String inbox_sent(String time);
    @Message String inbox_not_sent();
}
