package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of staff collaboration on a draft (remarks, sending back, its history), in English
 * ({@code messages/review_en.properties}) and Japanese ({@code messages/review_ja.properties});
 * templates reach it as {@code review:}. A bundle of its own because Quarkus generates each
 * bundle's resolver as one method, which breaks past 300 messages.
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {

    @Message String review_remarks();
    @Message String review_remarks_none();
    @Message String review_remark_meta(String author, String time, int revision);
    @Message String review_returned();
    @Message String review_remark_heading();
    @Message String review_remark_hint();
    @Message String review_remark_button();
    @Message String review_return_heading();
    @Message String review_return_hint();
    @Message String review_return_button();
    @Message String review_history();
    @Message String review_history_none();
    @Message String review_history_entry(String action, String actor, String time);
}
