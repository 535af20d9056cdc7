package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of staff collaboration on documents (remarks, sending back, history, translation status), in English
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
    @Message String translation_not_needed();
    @Message String translation_not_needed_hint();
    @Message String translation_outdated_notice(String date);
    @Message String translation_read_other();
    @Message String translation_what_changed(int revision);
    @Message String translation_category();
    @Message String translation_status(String code);
    @Message String translations_title();
    @Message String translations_intro();
    @Message String translations_link();
    @Message String translations_filter();
    @Message String translations_filter_all();
    @Message String translations_filter_button();
    @Message String translations_document();
    @Message String translations_language();
    @Message String translations_status();
    @Message String translations_since();
    @Message String translations_since_value(int revision);
    @Message String translations_none();
    @Message String terminology_heading();
    @Message String terminology_hint();
    @Message String terminology_warning(String uses, String term, String expected, String found);
}
