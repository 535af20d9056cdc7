package jpus.taskforce.portal.reliability;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import jpus.taskforce.portal.testsupport.FaultCluster;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.PortalTestResources;
import jpus.taskforce.portal.testsupport.SearchNodeProcess;
import jpus.taskforce.portal.testsupport.TcpProxy;

/**
 * The fault tests' portal: it uses a PostgreSQL server, a search node and a way to Keycloak of
 * their own, which each test stops and starts without disturbing the rest of the suite. The three
 * share this profile so that the portal starts once for all of them; each test takes down only
 * its own service and brings it back before it ends.
 */
public class OwnBackingServices implements QuarkusTestProfile {

    private static SearchNodeProcess searchNode;
    private static TcpProxy keycloakProxy;

    @Override
    public Map<String, String> getConfigOverrides() {
        String hosts = searchNode().hostAndPort();
        String proxiedRealm = "http://127.0.0.1:" + keycloakProxy().port() + "/realms/" + KeycloakServer.REALM;
        return Map.of("quarkus.datasource.jdbc.url", FaultCluster.jdbcUrl(),
                "quarkus.hibernate-search-orm.elasticsearch.hosts", hosts,
                "quarkus.elasticsearch.hosts", hosts,
                "quarkus.hibernate-search-orm.coordination.event-processor.retry-delay", "1s",
                "quarkus.oidc.auth-server-url", proxiedRealm,
                // Tokens (testsupport/Tokens) come from Keycloak's own address; behind the proxy Keycloak
                // names itself by the proxy's, so the issuer expected is Keycloak's own realm address.
                "quarkus.oidc.token.issuer", "${" + PortalTestResources.KEYCLOAK_REALM_URL + "}",
                "quarkus.oidc.api.token.issuer", "${" + PortalTestResources.KEYCLOAK_REALM_URL + "}");
    }

    /** The search node the portal uses, which the suite's other tests do not. */
    static synchronized SearchNodeProcess searchNode() {
        if (searchNode == null) {
            searchNode = SearchNodeProcess.startPrivate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> searchNode.stop(), "own-search-node-stop"));
        }
        return searchNode;
    }

    /** Starts the stopped search node again, on the same port and data. */
    static synchronized void restartSearchNode() {
        searchNode = searchNode().restart();
    }

    /** The portal's only way to Keycloak: taking it down cuts the portal off while the suite's Keycloak keeps running. */
    static synchronized TcpProxy keycloakProxy() {
        if (keycloakProxy == null) {
            // Keycloak itself is only looked up once the portal connects, by the suite's shared test resources.
            keycloakProxy = TcpProxy.to(() -> URI.create(KeycloakServer.shared().url()));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloakProxy::close, "keycloak-proxy-stop"));
        }
        return keycloakProxy;
    }
}
