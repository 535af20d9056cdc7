package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every piece of interface text, in English ({@code messages/msg_en.properties}) and Japanese
 * ({@code messages/msg_ja.properties}). Templates reach it as {@code msg:}; Java code through
 * {@link Labels}. The build fails if a key is missing in either file or a template names an
 * unknown one.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    // ---- the site ----
    @Message String site_name();
    @Message String site_tagline();
    @Message String skip_to_content();
    @Message String nav_main();
    @Message String nav_home();
    @Message String nav_search();
    @Message String nav_glossary();
    @Message String nav_topics();
    @Message String language_switch();
    @Message String language_switch_label();
    @Message String footer_about();
    @Message String footer_api();

    // ---- enumerations ----
    @Message String document_type(String code);
    @Message String document_type_plural(String code);
    @Message String government(String code);
    @Message String status(String code);
    @Message String language_name(String code);

    // ---- home ----
    @Message String home_title();
    @Message String home_intro();
    @Message String home_mission();
    @Message String home_latest();
    @Message String home_topics();
    @Message String home_governments();
    @Message String home_government_link(String government);
    @Message String home_all_documents();

    // ---- search ----
    @Message String search_title();
    @Message String search_title_query(String query);
    @Message String search_label();
    @Message String search_placeholder();
    @Message String search_button();
    @Message String search_syntax_help();
    @Message String search_results_count(long total);
    @Message String search_no_results(String query);
    @Message String search_no_results_hint();
    @Message String search_filters();
    @Message String search_apply();
    @Message String search_clear();
    @Message String search_sort();
    @Message String search_sort_option(String code);
    @Message String search_issued_from();
    @Message String search_issued_to();
    @Message String search_facet(String facet);
    @Message String search_unavailable();
    @Message String search_invalid();
    @Message String search_also_in(String language);
    @Message String search_showing_instead();
    @Message String search_did_you_mean();
    @Message String search_pagination();
    @Message String search_previous();
    @Message String search_next();
    @Message String search_page_of(int page, int pages);

    // ---- document ----
    @Message String document_metadata();
    @Message String document_type_label();
    @Message String document_government();
    @Message String document_agency();
    @Message String document_topics();
    @Message String document_citation();
    @Message String document_binding();
    @Message String document_binding_value(boolean binding);
    @Message String document_status();
    @Message String document_issued();
    @Message String document_effective();
    @Message String document_updated();
    @Message String document_source();
    @Message String document_scope();
    @Message String document_enforcement();
    @Message String document_missing_language(String language);
    @Message String document_read_in(String language);
    @Message String document_single_language(String reason);
    @Message String document_superseded_by();
    @Message String document_related();

    // ---- glossary ----
    @Message String glossary_title();
    @Message String glossary_intro();
    @Message String glossary_filter();
    @Message String glossary_filter_button();
    @Message String glossary_count(int shown, int total);
    @Message String glossary_variants();
    @Message String glossary_search_term();

    // ---- topics, agencies, comparison ----
    @Message String topics_title();
    @Message String topics_intro();
    @Message String topic_document_count(int count);
    @Message String topic_compare_link();
    @Message String topic_search_link();
    @Message String agency_search_link();
    @Message String compare_title(String topic);
    @Message String compare_intro();
    @Message String compare_shared();
    @Message String compare_empty();
    @Message String document_side_by_side();
    @Message String document_single_view();
    @Message String search_browse_topics();

    // ---- feeds ----
    @Message String feed_title_all();
    @Message String feed_title_topic(String topic);
    @Message String feed_title_search(String query);
    @Message String feed_subscribe();

    // ---- errors ----
    @Message String error_not_found_title();
    @Message String error_not_found_text();
    @Message String error_generic_title();
    @Message String error_generic_text(String reference);
    @Message String error_back_home();
}
