package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the product check and of the goods and regions pages, in English
 * ({@code messages/check_en.properties}) and Japanese ({@code messages/check_ja.properties});
 * templates reach it as {@code check:}. A bundle of its own because Quarkus generates each bundle's
 * resolver as one method, which breaks past 300 messages, and {@code msg} is close to that.
 */
@MessageBundle(value = "check", locale = "en")
public interface CheckMessages {

    @Message String nav_check();
    @Message String check_title();
    @Message String check_intro();
    @Message String check_good();
    @Message String check_good_choose();
    @Message String check_region();
    @Message String check_region_any();
    @Message String check_button();
    @Message String check_error_good();
    @Message String check_error_region();
    @Message String check_answer_heading(String good);
    @Message String check_answer_heading_region(String good, String region);
    @Message String check_basis();
    @Message String check_rules_heading();
    @Message String check_rules_intro();
    @Message String check_rules_none();
    @Message String check_lists_heading();
    @Message String check_lists_intro();
    @Message String check_lists_none();
    @Message String check_guidance_heading();
    @Message String check_guidance_intro();
    @Message String check_guidance_none();
    @Message String check_not_covered_heading();
    @Message String check_not_covered();
    @Message String check_why();
    @Message String check_match_good(String label);
    @Message String check_match_region(String label);
    @Message String check_match_all_goods(String topic, String government);
    @Message String check_document_says();
    @Message String check_sentence_missing();
    @Message String goods_title();
    @Message String goods_intro();
    @Message String regions_title();
    @Message String regions_intro();
    @Message String term_narrower();
    @Message String term_search_link();
    @Message String good_check_link();
    @Message String region_check_link();
    @Message String document_goods();
    @Message String document_regions();
}
