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

    /** A document's status as a reader sees it: "in force" only for what binds, "current" otherwise. */
    @Message String status_value(String code, boolean binding);

    @Message String provenance(String code);

    @Message String provenance_value(String code);
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
    @Message String search_results_count(long total, boolean exact);
    @Message String search_no_results(String query);
    @Message String search_no_results_hint();
    @Message String search_some_words_heading();
    @Message String search_some_words_hint(long allWords);
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

    @Message String document_provenance();

    @Message String document_reviewed();

    @Message String document_reviewed_on(String date);

    @Message String document_editorial_notice();

    @Message String document_author();
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
    @Message String error_forbidden_title();
    @Message String error_forbidden_text();
    @Message String error_form_title();
    @Message String error_form_text();

    // ---- signing in, the header ----
    @Message String account_sign_in();
    @Message String account_sign_out();
    @Message String account_workspace();
    @Message String account_signed_in_as(String name);
    @Message String sign_in_title();
    @Message String sign_in_failed();
    @Message String sign_in_user();
    @Message String sign_in_password();
    @Message String sign_in_button();
    @Message String sign_in_local_accounts();

    // ---- document history and files ----
    @Message String document_history();
    @Message String document_attachments();
    @Message String document_staff_page();
    @Message String revision_number(int number);
    @Message String revision_weight(boolean major);
    @Message String revision_what_changed(int number);
    @Message String diff_title(int from, int to);
    @Message String diff_legend();
    @Message String diff_none();
    @Message String diff_added();
    @Message String diff_removed();

    // ---- staff workspace and draft pages ----
    @Message String staff_title();
    @Message String staff_intro(String name);
    @Message String staff_not_staff();
    @Message String staff_new_document();
    @Message String staff_drafts();
    @Message String staff_no_drafts();
    @Message String staff_state();
    @Message String staff_actions();
    @Message String staff_review_link();
    @Message String staff_edit_link();
    @Message String staff_approvals();
    @Message String staff_approved_by(String government, String name);
    @Message String staff_no_approvals();
    @Message String staff_based_on();
    @Message String staff_base_none();
    @Message String staff_revision(int number);
    @Message String staff_current_revision();
    @Message String staff_created_by();
    @Message String staff_updated();
    @Message String staff_by_at(String name, String time);
    @Message String staff_weight();
    @Message String staff_scheduled();
    @Message String draft_state(String code);
    @Message String staff_done(String code);
    @Message String staff_refused(String refusal);
    @Message String staff_public_page();
    @Message String staff_edit_draft();
    @Message String staff_start_change();
    @Message String staff_next_steps();
    @Message String staff_submit_heading();
    @Message String staff_submit();
    @Message String staff_approve_heading();
    @Message String staff_approve_hint();
    @Message String staff_approve();
    @Message String staff_publish_heading();
    @Message String staff_publish_now();
    @Message String staff_schedule_heading();
    @Message String staff_schedule();
    @Message String staff_archive_heading();
    @Message String staff_archive_hint();
    @Message String staff_archive();
    @Message String staff_changes();
    @Message String staff_no_changes();
    @Message String staff_files();
    @Message String staff_files_pending();
    @Message String staff_files_published();
    @Message String staff_files_none();
    @Message String staff_file_label();
    @Message String staff_file_hint();
    @Message String staff_file_upload();
    @Message String staff_file_delete();
    @Message String staff_zone(String zone);
    @Message String staff_zone_short(String zone);
    @Message String staff_zone_label();
    @Message String attachment_rejected(String reason);
    @Message String attachment_too_large(long megabytes);

    // ---- the editor form ----
    @Message String editor_new_title();
    @Message String editor_edit_title(String slug);
    @Message String editor_intro();
    @Message String editor_errors_title();
    @Message String editor_error();
    @Message String editor_error_entry(String label, String text);
    @Message String editor_optional();
    @Message String editor_choose();
    @Message String editor_section_document();
    @Message String editor_section_version(String language);
    @Message String editor_section_change();
    @Message String editor_slug_hint();
    @Message String editor_reviewed_hint();

    @Message String editor_date_hint();
    @Message String editor_source_hint();
    @Message String editor_superseded_hint();
    @Message String editor_single_language_hint();
    @Message String editor_body_hint();
    @Message String editor_change_note_hint();
    @Message String editor_major_hint();
    @Message String editor_publish_at_hint();
    @Message String editor_preview_of(String language);
    @Message String editor_save();
    @Message String editor_preview();
    @Message String editor_cancel();
    @Message String field(String name);
    @Message String field_in_language(String field, String language);
    @Message String visibility(String code);
    /** A refused field, by its code (validation.Reason) or a more precise rule derived from it (web.FieldErrors). */
    @Message String validation(String rule);
    @Message String validation_limit(String max);
    @Message String validation_length(String min, String max);

    @Message String validation_range(String min, String max);

    // ---- audit log ----
    @Message String audit_title();
    @Message String audit_intro();
    @Message String audit_action(String code);
    @Message String audit_when();
    @Message String audit_who();
    @Message String audit_what();
    @Message String audit_document();
    @Message String audit_detail();
    @Message String audit_empty();
    @Message String audit_pages();
    @Message String audit_newer();
    @Message String audit_older();
    @Message String audit_page(int page);

    // ---- feed entries per revision (the administrators' pages are in OperationsMessages) ----
    @Message String feed_change_note(String note);

    // ---- reliability: a dependency out of reach ----
    @Message String error_invalid_address_title();
    @Message String error_invalid_address_text();
    @Message String error_unavailable_title();
    @Message String error_unavailable_text();
    @Message String sign_in_unavailable_title();
    @Message String sign_in_unavailable_text();
}
