package jpus.taskforce.portal.testsupport;

import static jpus.taskforce.portal.testsupport.KeycloakServer.ADMIN;
import static jpus.taskforce.portal.testsupport.KeycloakServer.AUDIENCE;
import static jpus.taskforce.portal.testsupport.KeycloakServer.MEMBER;
import static jpus.taskforce.portal.testsupport.KeycloakServer.METI_EDITOR;
import static jpus.taskforce.portal.testsupport.KeycloakServer.METI_REVIEWER;
import static jpus.taskforce.portal.testsupport.KeycloakServer.PARTNER_MEMBER;
import static jpus.taskforce.portal.testsupport.KeycloakServer.PARTNER_MEMBER_SECRET;
import static jpus.taskforce.portal.testsupport.KeycloakServer.PARTNER_READER;
import static jpus.taskforce.portal.testsupport.KeycloakServer.PARTNER_READER_SECRET;
import static jpus.taskforce.portal.testsupport.KeycloakServer.PORTAL_WEB;
import static jpus.taskforce.portal.testsupport.KeycloakServer.USTR_EDITOR;
import static jpus.taskforce.portal.testsupport.KeycloakServer.USTR_REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm in src/test/resources/keycloak/taskforce-realm.json gives every user and partner client
 * the roles the portal's security relies on. Realm roles outside the portal's own (Keycloak's default
 * roles) are ignored, so only what the portal reads is specified here.
 */
class KeycloakServerTest {

    private static final Set<String> PORTAL_ROLES =
            Set.of("admin", "member", "editor", "reviewer", "partner", "agency-meti", "agency-ustr");
    private static final ObjectMapper JSON = new ObjectMapper();
    // Any valid S256 challenge: these tests never exchange a code.
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    static Stream<Arguments> usersAndTheirRoles() {
        return Stream.of(
                Arguments.of(ADMIN, Set.of("admin", "member")),
                Arguments.of(METI_EDITOR, Set.of("editor", "member", "agency-meti")),
                Arguments.of(USTR_EDITOR, Set.of("editor", "member", "agency-ustr")),
                Arguments.of(METI_REVIEWER, Set.of("reviewer", "member", "agency-meti")),
                Arguments.of(USTR_REVIEWER, Set.of("reviewer", "member", "agency-ustr")),
                Arguments.of(MEMBER, Set.of("member")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usersAndTheirRoles")
    void aUserTokenCarriesExactlyTheUsersPortalRoles(String user, Set<String> roles) {
        JsonNode claims = claims(KeycloakServer.shared().passwordToken(user));

        assertThat(portalRoles(claims)).containsExactlyInAnyOrderElementsOf(roles);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ADMIN, METI_EDITOR, USTR_EDITOR, METI_REVIEWER, USTR_REVIEWER, MEMBER})
    void aUserTokenIsMeantForThePortalApi(String user) {
        JsonNode claims = claims(KeycloakServer.shared().passwordToken(user));

        assertThat(audiences(claims)).contains(AUDIENCE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ADMIN, METI_EDITOR, MEMBER})
    void aUserTokenNamesTheUser(String user) {
        JsonNode claims = claims(KeycloakServer.shared().passwordToken(user));

        assertThat(claims.path("preferred_username").asText()).isEqualTo(user);
    }

    @Test
    void tokensAreIssuedByTheRealmUrl() {
        KeycloakServer keycloak = KeycloakServer.shared();

        assertThat(claims(keycloak.passwordToken(MEMBER)).path("iss").asText()).isEqualTo(keycloak.realmUrl());
    }

    @Test
    void partnerReaderTokenCarriesOnlyPartner() {
        JsonNode claims = claims(KeycloakServer.shared().clientToken(PARTNER_READER, PARTNER_READER_SECRET));

        assertThat(portalRoles(claims)).containsExactly("partner");
    }

    @Test
    void partnerMemberTokenCarriesPartnerAndMember() {
        JsonNode claims = claims(KeycloakServer.shared().clientToken(PARTNER_MEMBER, PARTNER_MEMBER_SECRET));

        assertThat(portalRoles(claims)).containsExactlyInAnyOrder("partner", "member");
    }

    static Stream<Arguments> partnerClients() {
        return Stream.of(
                Arguments.of(PARTNER_READER, PARTNER_READER_SECRET),
                Arguments.of(PARTNER_MEMBER, PARTNER_MEMBER_SECRET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerClients")
    void aPartnerTokenIsMeantForThePortalApi(String client, String secret) {
        JsonNode claims = claims(KeycloakServer.shared().clientToken(client, secret));

        assertThat(audiences(claims)).contains(AUDIENCE);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(KeycloakServer.shared().passwordGrant(METI_EDITOR, "not-the-password").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://localhost:8081/callback", "http://127.0.0.1:43117/callback"})
    void theWebClientAcceptsALocalRedirectOnAnyPort(String redirectUri) {
        HttpResponse<String> loginPage = authorize(redirectUri, "&code_challenge=" + CODE_CHALLENGE + "&code_challenge_method=S256");

        assertThat(loginPage.statusCode()).isEqualTo(200);
    }

    @Test
    void theWebClientRefusesASignInWithoutPkce() {
        HttpResponse<String> answer = authorize("http://localhost:8081/callback", "");

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("error=invalid_request", "code_challenge"));
    }

    private static HttpResponse<String> authorize(String redirectUri, String pkce) {
        KeycloakServer keycloak = KeycloakServer.shared();
        URI uri = URI.create(keycloak.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + PORTAL_WEB + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + pkce);
        return keycloak.send(HttpRequest.newBuilder(uri).build());
    }

    private static Set<String> portalRoles(JsonNode claims) {
        Set<String> roles = new HashSet<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        roles.retainAll(PORTAL_ROLES);
        return roles;
    }

    // A single audience may be written as a string rather than an array.
    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        if (!aud.isArray()) {
            return List.of(aud.asText());
        }
        List<String> audiences = new ArrayList<>();
        aud.forEach(a -> audiences.add(a.asText()));
        return audiences;
    }

    // The token is not verified here: it was just received from Keycloak over a direct connection.
    private static JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
