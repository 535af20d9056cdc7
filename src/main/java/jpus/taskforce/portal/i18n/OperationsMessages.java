package jpus.taskforce.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the administrators' pages (operations, webhooks), in English
 * ({@code messages/ops_en.properties}) and Japanese ({@code messages/ops_ja.properties}); templates
 * reach it as {@code ops:}. A bundle of its own because Quarkus generates each bundle's resolver as
 * one method, which breaks past 300 messages.
 */
@MessageBundle(value = "ops", locale = "en")
public interface OperationsMessages {

    @Message String webhooks_title();
    @Message String webhooks_intro();
    @Message String webhooks_registered();
    @Message String webhooks_none();
    @Message String webhooks_events_list(String events);
    @Message String webhooks_deliveries();
    @Message String webhooks_no_deliveries();
    @Message String webhooks_delivery_created();
    @Message String webhooks_delivery_status();
    @Message String webhooks_delivery_attempts();
    @Message String webhooks_delivery_next();
    @Message String webhooks_delivery_error();
    @Message String webhooks_remove();
    @Message String webhooks_register();
    @Message String webhooks_register_button();
    @Message String webhooks_url_hint();
    @Message String webhooks_secret_hint();
    @Message String webhooks_secret_once();
    @Message String webhooks_done(String code);
    @Message String webhook_field(String name);
    @Message String webhook_event(String code);
    @Message String webhook_delivery_status(String code);
    @Message String operations_title();
    @Message String operations_intro();
    @Message String operations_reindex_heading();
    @Message String operations_reindex_hint();
    @Message String operations_state();
    @Message String operations_reindex_state_value(String state);
    @Message String operations_reindex_phase(String phase);
    @Message String operations_reindex_progress();
    @Message String operations_reindex_count(long indexed, long total);
    @Message String operations_reindex_started();
    @Message String operations_reindex_finished();
    @Message String operations_reindex_indexes();
    @Message String operations_reindex_failed(String error);
    @Message String operations_reindex_refreshing(int seconds);
    @Message String operations_reindex_button();
    @Message String operations_reindex_started_notice();
    @Message String operations_reindex_already();
    @Message String operations_error();
    @Message String operations_health_heading();
    @Message String operations_health_checked(String time);
    @Message String operations_status(String code);
    @Message String operations_database();
    @Message String operations_database_product();
    @Message String operations_database_documents();
    @Message String operations_search_engine();
    @Message String operations_engine_version();
    @Message String operations_engine_cluster();
    @Message String operations_engine_cluster_value(String health);
    @Message String operations_engine_read_index();
    @Message String operations_engine_write_index();
    @Message String operations_engine_documents();
    @Message String operations_engine_documents_value(long indexed, Long database);
    @Message String operations_engine_backlog();
    @Message String operations_keycloak();
    @Message String operations_keycloak_url();
    @Message String operations_keycloak_not_configured();
    @Message String operations_keycloak_issuer();
    @Message String operations_keycloak_keys();
    @Message String operations_webhooks();
    @Message String operations_webhooks_pending();
    @Message String operations_webhooks_due();
    @Message String operations_webhooks_failed();
}
