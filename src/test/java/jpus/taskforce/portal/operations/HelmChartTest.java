package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The Kubernetes Helm chart in helm/, linted and rendered by Helm itself (Helm 3 as a library inside
 * this JVM); no cluster involved.
 */
@Tag("unit")
class HelmChartTest {

    private static final Path CHART = Path.of("helm");
    private static final Path PRODUCTION_VALUES = Path.of("src/test/resources/helm/values-production.yaml");
    private static final String RELEASE = "portal";
    private static final String NAMESPACE = "taskforce";
    /** The chart requires Kubernetes 1.25 or newer; Helm's offline default is older. */
    private static final String KUBERNETES_VERSION = "1.33.0";
    /** A shell line that runs curl (at its start, after a pipe or an operator, or in $(...)). */
    private static final Pattern CURL_COMMAND = Pattern.compile("(^|[|;&]|\\$\\()\\s*curl\\s");

    private static Manifests defaults;
    private static Manifests production;

    @BeforeAll
    static void renderTheChart() {
        defaults = render();
        production = renderProduction();
    }

    // ---------------------------------------------------------------------------------------------
    // The chart as a whole
    // ---------------------------------------------------------------------------------------------

    @Test
    void theChartPassesStrictLint() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.getMessages()).as("lint findings above INFO").filteredOn(message -> !message.startsWith("[INFO]")).isEmpty();
        assertThat(lint.isFailed()).as("lint failed").isFalse();
    }

    @Test
    void theNotesTellTheOperatorHowToFollowTheRolloutAndWhereToLookWhenReadinessStaysDown() {
        String notes = new Helm(CHART).install().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES_VERSION).dryRun().clientOnly().call().getOutput();

        assertThat(notes).contains(
                "kubectl -n taskforce rollout status deployment/portal",
                "/q/health/ready",
                "https://portal.example.org/",
                "kubectl -n taskforce logs deployment/portal",
                "--set reindex.job.enabled=true");
    }

    @Test
    void valuesOutsideTheSchemaAreRejected() {
        assertThatThrownBy(() -> render("search.protocol=ftp")).hasMessageContaining("/search/protocol");
    }

    // ---------------------------------------------------------------------------------------------
    // Replicas, rollout and scaling
    // ---------------------------------------------------------------------------------------------

    @Test
    void byDefaultTheAutoscalerScalesBetweenTwoAndSixPodsOnCpu() {
        JsonNode hpa = defaults.one("HorizontalPodAutoscaler");

        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(defaults.one("Deployment").at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(2);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(6);
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
    }

    @Test
    void withTheAutoscalerOnTheDeploymentLeavesTheReplicaCountToIt() {
        assertThat(defaults.one("Deployment").path("spec").has("replicas")).as("Deployment sets spec.replicas").isFalse();
    }

    @Test
    void withoutTheAutoscalerTwoReplicasRunByDefault() {
        Manifests fixed = render("autoscaling.enabled=false");

        assertThat(fixed.has("HorizontalPodAutoscaler")).isFalse();
        assertThat(fixed.one("Deployment").at("/spec/replicas").asInt()).isEqualTo(2);
    }

    @Test
    void aRollingUpdateNeverDropsBelowTheDesiredCount() {
        JsonNode strategy = defaults.one("Deployment").at("/spec/strategy");

        assertThat(strategy.path("type").asText()).isEqualTo("RollingUpdate");
        assertThat(strategy.at("/rollingUpdate/maxUnavailable").asInt()).isZero();
        assertThat(strategy.at("/rollingUpdate/maxSurge").asInt()).isEqualTo(1);
    }

    @Test
    void aDisruptionBudgetKeepsAtLeastOnePod() {
        JsonNode pdb = defaults.one("PodDisruptionBudget");

        assertThat(pdb.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(pdb.at("/spec/selector/matchLabels")).isEqualTo(defaults.one("Deployment").at("/spec/selector/matchLabels"));
    }

    @Test
    void aSinglePodHasNoDisruptionBudget() {
        assertThat(render("autoscaling.enabled=false", "replicaCount=1").has("PodDisruptionBudget")).isFalse();
    }

    @Test
    void podsPreferDifferentNodes() {
        JsonNode term = defaults.podSpec().at("/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm");

        assertThat(term.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
        assertThat(term.at("/labelSelector/matchLabels")).isEqualTo(defaults.one("Deployment").at("/spec/selector/matchLabels"));
    }

    @Test
    void aStoppingPodGetsThirtySeconds() {
        assertThat(defaults.podSpec().path("terminationGracePeriodSeconds").asInt()).isEqualTo(30);
    }

    @Test
    void aChangedSettingRollsThePods() {
        String checksum = configChecksum(defaults);

        assertThat(checksum).isNotBlank().isEqualTo(configChecksum(render()));
        assertThat(configChecksum(render("search.hosts=search.example.internal:9200"))).isNotEqualTo(checksum);
    }

    // ---------------------------------------------------------------------------------------------
    // The container
    // ---------------------------------------------------------------------------------------------

    @Test
    void probesPointAtTheQuarkusHealthEndpoints() {
        JsonNode container = defaults.portalContainer();

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    }

    @Test
    void theStartupProbeWaitsAtLeastFiveMinutesForAFirstStartThatBuildsTheIndex() {
        JsonNode startup = defaults.portalContainer().path("startupProbe");

        assertThat(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void thePodRunsAsTheImagesNonRootUser() {
        JsonNode pod = defaults.podSpec().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isEqualTo(185);
        assertThat(pod.path("fsGroup").asInt()).isEqualTo(185);
        assertThat(pod.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
    }

    @Test
    void theContainerHasAReadOnlyRootFilesystemNoPrivilegeEscalationAndNoCapabilities() {
        JsonNode container = defaults.portalContainer().path("securityContext");

        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(container.at("/capabilities/drop"))).containsExactly("ALL");
        assertThat(container.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
    }

    @Test
    void tmpIsAWritableEmptyDir() {
        JsonNode mount = defaults.portalContainer().at("/volumeMounts/0");
        JsonNode volume = defaults.podSpec().at("/volumes/0");

        assertThat(mount.path("mountPath").asText()).isEqualTo("/tmp");
        assertThat(volume.path("name").asText()).isEqualTo(mount.path("name").asText());
        assertThat(volume.has("emptyDir")).isTrue();
    }

    @Test
    void resourcesFollowTheSizingGuidance() {
        JsonNode resources = defaults.portalContainer().path("resources");

        assertThat(resources.at("/requests/cpu").asText()).isEqualTo("500m");
        assertThat(resources.at("/requests/memory").asText()).isEqualTo("768Mi");
        assertThat(resources.at("/limits/cpu").asText()).isEqualTo("2");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo("1Gi");
    }

    @Test
    void theHeapIsThreeQuartersOfTheMemoryLimit() {
        assertThat(defaults.config()).containsEntry("JAVA_MAX_MEM_RATIO", "75");
        assertThat(defaults.config().get("JAVA_OPTS_APPEND"))
                .contains("-XX:MaxRAMPercentage=75", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    }

    // ---------------------------------------------------------------------------------------------
    // Settings and credentials
    // ---------------------------------------------------------------------------------------------

    @Test
    void thePodTakesItsSettingsFromTheConfigMap() {
        assertThat(defaults.portalContainer().at("/envFrom/0/configMapRef/name").asText())
                .isEqualTo(defaults.one("ConfigMap").at("/metadata/name").asText());
        assertThat(defaults.config()).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgresql:5432/portal")
                .containsEntry("PORTAL_SEARCH_HOSTS", "opensearch:9200")
                .containsEntry("PORTAL_SEARCH_PROTOCOL", "http")
                .containsEntry("PORTAL_CONTENT_DIRECTORY", "/deployments/content")
                .containsEntry("PORTAL_CONTENT_LOAD_ON_START", "true");
    }

    @Test
    void databaseAndSearchCredentialsComeFromSecretReferences() {
        assertSecretReference(defaults.env("QUARKUS_DATASOURCE_USERNAME"), "portal-database", "username");
        assertSecretReference(defaults.env("QUARKUS_DATASOURCE_PASSWORD"), "portal-database", "password");
        for (String client : List.of("QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH", "QUARKUS_ELASTICSEARCH")) {
            assertSecretReference(defaults.env(client + "_USERNAME"), "portal-search", "username");
            assertSecretReference(defaults.env(client + "_PASSWORD"), "portal-search", "password");
        }
    }

    @Test
    void theConfigMapHoldsNoCredentials() {
        assertThat(defaults.config().keySet()).noneMatch(key -> key.matches(".*(USERNAME|PASSWORD|SECRET).*"));
    }

    @Test
    void keycloakIsOffByDefault() {
        assertThat(defaults.config()).doesNotContainKeys("PORTAL_OIDC_URL", "PORTAL_OIDC_CLIENT_ID", "PORTAL_OIDC_API_AUDIENCE");
        assertThat(defaults.env("PORTAL_OIDC_CLIENT_SECRET").isMissingNode()).isTrue();
    }

    @Test
    void tracingIsOffByDefault() {
        assertThat(defaults.config()).doesNotContainKeys("QUARKUS_OTEL_SDK_DISABLED", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    @Test
    void enablingTracingWithoutItsCollectorIsRejected() {
        assertThatThrownBy(() -> render("otel.enabled=true")).hasMessageContaining("otel.endpoint is required");
    }

    @Test
    void enablingKeycloakWithoutItsRealmUrlIsRejected() {
        assertThatThrownBy(() -> render("keycloak.enabled=true")).hasMessageContaining("keycloak.authServerUrl is required");
    }

    // ---------------------------------------------------------------------------------------------
    // Traffic
    // ---------------------------------------------------------------------------------------------

    @Test
    void theServiceForwardsPort80ToTheContainersHttpPort8080() {
        JsonNode service = defaults.one("Service");
        JsonNode containerPort = defaults.portalContainer().at("/ports/0");

        assertThat(service.at("/spec/type").asText()).isEqualTo("ClusterIP");
        assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(80);
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http").isEqualTo(containerPort.path("name").asText());
        assertThat(containerPort.path("containerPort").asInt()).isEqualTo(8080);
        assertThat(service.at("/spec/selector")).isEqualTo(defaults.one("Deployment").at("/spec/selector/matchLabels"));
    }

    @Test
    void theIngressServesItsHostOverTls() {
        JsonNode spec = defaults.one("Ingress").path("spec");

        assertThat(spec.at("/tls/0/secretName").asText()).isEqualTo("portal-tls");
        assertThat(texts(spec.at("/tls/0/hosts"))).containsExactly(spec.at("/rules/0/host").asText());
        assertThat(spec.at("/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo(defaults.one("Service").at("/metadata/name").asText());
    }

    @Test
    void theNetworkPolicyAdmitsOnlyTheIngressControllerOnTheHttpPort() {
        JsonNode ingress = defaults.named("NetworkPolicy", "portal").at("/spec/ingress");

        assertThat(ingress).hasSize(1);
        assertThat(ingress.at("/0/from")).hasSize(1);
        assertThat(ingress.at("/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()).isEqualTo("ingress-nginx");
        assertThat(texts(ingress.at("/0/ports").findValues("port"))).containsExactly("http");
    }

    @Test
    void theNetworkPolicyLetsThePortalReachOnlyDnsPostgresqlAndTheSearchEngine() {
        JsonNode policy = defaults.named("NetworkPolicy", "portal");

        assertThat(texts(policy.at("/spec/policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(egressPorts(policy)).containsExactlyInAnyOrder("53", "53", "5432", "9200");
    }

    // ---------------------------------------------------------------------------------------------
    // Reindex
    // ---------------------------------------------------------------------------------------------

    @Test
    void noReindexJobRunsByDefault() {
        assertThat(defaults.has("Job")).isFalse();
    }

    /**
     * Helm keeps hooks out of the release manifest, and helm-java's template returns only that
     * manifest: a Job that turned into a hook disappears from it while the rest of the reindex
     * set-up (its NetworkPolicy) stays.
     */
    @Test
    void aReindexJobWithoutKeycloakIsRejected() {
        assertThatThrownBy(() -> render("reindex.job.enabled=true")).hasMessageContaining("the reindex Job needs keycloak.enabled=true");
    }

    @Test
    void asAHelmHookTheReindexJobLeavesTheReleaseManifest() {
        Manifests withHook = render("reindex.hook.enabled=true", "keycloak.enabled=true",
                "keycloak.authServerUrl=https://keycloak.example.org/realms/taskforce");

        assertThat(withHook.named("NetworkPolicy", "portal-reindex")).isNotNull();
        assertThat(withHook.has("Job")).as("Job rendered as a plain resource").isFalse();
    }

    // ---------------------------------------------------------------------------------------------
    // Production-like values (src/test/resources/helm/values-production.yaml)
    // ---------------------------------------------------------------------------------------------

    @Test
    void productionValuesScaleBetweenThreeAndTenPods() {
        JsonNode hpa = production.one("HorizontalPodAutoscaler");

        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(3);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(10);
    }

    @Test
    void productionValuesWithoutTheAutoscalerRunThreeReplicas() {
        assertThat(renderProduction("autoscaling.enabled=false").one("Deployment").at("/spec/replicas").asInt()).isEqualTo(3);
    }

    @Test
    void productionValuesReachTheSearchEngineOverHttps() {
        assertThat(production.config())
                .containsEntry("PORTAL_SEARCH_PROTOCOL", "https")
                .containsEntry("PORTAL_SEARCH_HOSTS", "search-1.example.internal:443,search-2.example.internal:443");
        assertSecretReference(production.env("QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_PASSWORD"), "portal-prod-search", "password");
    }

    @Test
    void productionValuesPassThePortalItsRealmClientAndApiAudience() {
        assertThat(production.config())
                .containsEntry("PORTAL_OIDC_URL", "https://login.example.go.jp/realms/taskforce")
                .containsEntry("PORTAL_OIDC_CLIENT_ID", "portal-web")
                .containsEntry("PORTAL_OIDC_API_AUDIENCE", "portal-api");
    }

    @Test
    void productionValuesGiveThePortalItsClientSecretFromASecretReference() {
        assertSecretReference(production.env("PORTAL_OIDC_CLIENT_SECRET"), "portal-prod-keycloak", "client-secret");
    }

    @Test
    void productionValuesSwitchTracingOnWithTheirCollector() {
        assertThat(production.config())
                .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "false")
                .containsEntry("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4317");
    }

    @Test
    void productionValuesLetThePortalReachKeycloakTheCollectorAndTheirOwnDestinations() {
        JsonNode policy = production.named("NetworkPolicy", "portal");

        assertThat(egressPorts(policy)).containsExactlyInAnyOrder("53", "53", "5432", "443", "443", "4317");
        assertThat(texts(policy.at("/spec/egress").findValues("cidr"))).containsExactlyInAnyOrder("10.20.0.0/24", "10.30.0.0/24", "10.40.0.0/24");
        assertThat(texts(policy.at("/spec/egress").findValues("kubernetes.io/metadata.name"))).contains("observability");
    }

    @Test
    void productionValuesServeTheirHostWithTheirCertificate() {
        JsonNode spec = production.one("Ingress").path("spec");

        assertThat(spec.at("/tls/0/secretName").asText()).isEqualTo("portal-taskforce-tls");
        assertThat(texts(spec.at("/tls/0/hosts"))).containsExactly("portal.taskforce.example.go.jp");
    }

    @Test
    void productionValuesRunTheReindexJobAgainstTheServiceAndWaitForTheEnd() {
        assertThat(Manifests.env(reindexContainer(), "REINDEX_URL").path("value").asText())
                .isEqualTo("http://portal.taskforce.svc:80/api/v1/admin/reindex?wait=true");
    }

    @Test
    void productionValuesGiveTheReindexJobTheTokenEndpointOfTheirRealm() {
        assertThat(Manifests.env(reindexContainer(), "TOKEN_URL").path("value").asText())
                .isEqualTo("https://login.example.go.jp/realms/taskforce/protocol/openid-connect/token");
    }

    @Test
    void productionValuesGiveTheReindexJobItsClientIdAndSecretFromSecretReferences() {
        assertSecretReference(Manifests.env(reindexContainer(), "CLIENT_ID"), "portal-prod-reindex", "client-id");
        assertSecretReference(Manifests.env(reindexContainer(), "CLIENT_SECRET"), "portal-prod-reindex", "client-secret");
    }

    @Test
    void theReindexJobGetsItsTokenWithTheClientCredentialsGrant() {
        assertThat(curlCall("$TOKEN_URL")).contains("--data grant_type=client_credentials");
    }

    @Test
    void theReindexJobPostsWithTheTokenAsABearer() {
        assertThat(curlCall("$REINDEX_URL")).contains("--request POST");
        assertThat(reindexScript()).contains("printf 'header = \"Authorization: Bearer %s\"\\n' \"$token\"");
    }

    @Test
    void theReindexJobSendsNoBasicCredentials() {
        assertThat(reindexScript()).doesNotContainIgnoringCase("basic");
        assertThat(texts(reindexContainer().path("env").findValues("name"))).noneMatch(name -> name.startsWith("ADMIN_"));
    }

    @Test
    void theReindexJobKeepsTheClientSecretAndTheTokenOffCommandLines() {
        List<String> curlCalls = logicalLines(reindexScript()).stream().filter(line -> CURL_COMMAND.matcher(line).find()).toList();

        assertThat(curlCalls).hasSize(2).allMatch(call -> call.contains("curl --config - "))
                .noneMatch(call -> call.contains("$CLIENT_SECRET") || call.contains("$CLIENT_ID") || call.contains("$token"));
    }

    @Test
    void theReindexCallMayTakeHalfAnHour() {
        assertThat(curlCall("$REINDEX_URL")).contains("--max-time 1800");
    }

    /** curl's --retry would repeat a reindex that failed (500) or timed out while it still runs. */
    @Test
    void curlNeverRepeatsTheReindexCall() {
        assertThat(curlCall("$REINDEX_URL")).doesNotContain("--retry");
    }

    @Test
    void aPortalNotReachedYetIsTriedAgainFortyTimesFifteenSecondsApart() {
        assertThat(reindexScript()).contains("if [ \"$attempt\" -gt 40 ]; then", "sleep 15");
    }

    @Test
    void theReindexJobRunsAsANonRootUserWithAReadOnlyRootFilesystemAndNoCapabilities() {
        JsonNode pod = production.one("Job").at("/spec/template/spec/securityContext");
        JsonNode container = reindexContainer().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(container.at("/capabilities/drop"))).containsExactly("ALL");
    }

    @Test
    void productionValuesLetTheReindexJobReachThePortal() {
        JsonNode from = production.named("NetworkPolicy", "portal").at("/spec/ingress/0/from");

        assertThat(from.findValues("app.kubernetes.io/component")).extracting(JsonNode::asText).contains("reindex");
        assertThat(production.named("NetworkPolicy", "portal-reindex").at("/spec/egress/1/ports/0/port").asInt()).isEqualTo(8080);
    }

    @Test
    void productionValuesLetTheReindexJobReachKeycloakForItsToken() {
        JsonNode keycloak = production.named("NetworkPolicy", "portal-reindex").at("/spec/egress/2");

        assertThat(keycloak.at("/ports/0/port").asInt()).isEqualTo(443);
        assertThat(texts(keycloak.findValues("cidr"))).containsExactly("10.40.0.0/24");
    }

    // ---------------------------------------------------------------------------------------------

    private static Manifests render(String... settings) {
        return Manifests.parse(withSettings(template(), settings).call());
    }

    private static Manifests renderProduction(String... settings) {
        return Manifests.parse(withSettings(template().withValuesFile(PRODUCTION_VALUES), settings).call());
    }

    private static TemplateCommand template() {
        return new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBERNETES_VERSION);
    }

    private static TemplateCommand withSettings(TemplateCommand command, String... settings) {
        for (String setting : settings) {
            String[] keyAndValue = setting.split("=", 2);
            command.set(keyAndValue[0], keyAndValue[1]);
        }
        return command;
    }

    private static JsonNode reindexContainer() {
        return production.one("Job").at("/spec/template/spec/containers/0");
    }

    /** The shell script the reindex container runs (sh -ec SCRIPT). */
    private static String reindexScript() {
        JsonNode command = reindexContainer().path("command");
        return command.path(command.size() - 1).asText();
    }

    /** The script's command lines, with backslash-continued lines joined. */
    private static List<String> logicalLines(String script) {
        return script.replace("\\\n", " ").lines().map(String::strip).toList();
    }

    /** The curl call to that URL variable, as one line. */
    private static String curlCall(String url) {
        return logicalLines(reindexScript()).stream()
                .filter(line -> CURL_COMMAND.matcher(line).find() && line.contains("\"" + url + "\""))
                .reduce((first, second) -> {
                    throw new AssertionError("more than one curl call to " + url);
                })
                .orElseThrow(() -> new AssertionError("no curl call to " + url));
    }

    private static String configChecksum(Manifests manifests) {
        return manifests.one("Deployment").at("/spec/template/metadata/annotations/checksum~1config").asText();
    }

    private static void assertSecretReference(JsonNode variable, String secret, String key) {
        assertThat(variable.isMissingNode()).as("environment variable is set").isFalse();
        assertThat(variable.has("value")).as("%s has a plain value", variable.path("name").asText()).isFalse();
        assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as("%s secret", variable.path("name").asText()).isEqualTo(secret);
        assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).as("%s key", variable.path("name").asText()).isEqualTo(key);
    }

    private static List<String> egressPorts(JsonNode policy) {
        return texts(policy.at("/spec/egress").findValues("port"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        return StreamSupport.stream(nodes.spliterator(), false).map(JsonNode::asText).toList();
    }
}
