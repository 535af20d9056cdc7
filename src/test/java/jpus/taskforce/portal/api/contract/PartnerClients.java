package jpus.taskforce.portal.api.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.partnerclient.ApiClient;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * The Java client the build generates from the contract, as a partner would use it, pointed at the
 * test portal. Two things a partner's client would let pass make it fail here instead: every
 * answer is checked against the document's schemas (ResponseContract), and a field the generated
 * model lacks fails deserialisation.
 */
final class PartnerClients {

    private final URI portal;
    private final ResponseContract contract;

    PartnerClients(URI portal, ResponseContract contract) {
        this.portal = portal;
        this.contract = contract;
    }

    ApiClient anonymous() {
        return client(null);
    }

    /** A client that sends a Keycloak token of one of the realm's people or partner clients. */
    ApiClient as(String who) {
        return client(who);
    }

    /** How the generated client reads JSON, made strict about fields it does not know. */
    static ObjectMapper strictJson() {
        return ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private ApiClient client(String who) {
        HttpClient http = new ObservedHttpClient(this::check);
        ApiClient client = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return http;
            }
        };
        client.updateBaseUri(portal.toString().replaceAll("/+$", ""));
        client.setObjectMapper(strictJson());
        if (who != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.token(who)));
        }
        return client;
    }

    private void check(ObservedHttpClient.Exchange exchange) {
        List<String> violations = contract.violations(exchange.request().method(), exchange.request().uri(),
                exchange.status(), exchange.contentType(), exchange.body());
        if (!violations.isEmpty()) {
            throw new AssertionError("An answer that breaks the OpenAPI document:\n" + String.join("\n", violations));
        }
    }
}
