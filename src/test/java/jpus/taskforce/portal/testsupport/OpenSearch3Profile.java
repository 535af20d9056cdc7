package jpus.taskforce.portal.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import jpus.taskforce.portal.testsupport.SearchNodeProcess.Variant;

/**
 * The portal built for OpenSearch 3 and run against a real OpenSearch 3.3.2 node, for the tests named
 * {@code *OnOpenSearch3Test}: each reruns an existing test class unchanged. The engine version is a
 * build-time property, so Quarkus builds the application again for this profile, once for all of them.
 */
public class OpenSearch3Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-search-orm.elasticsearch.version", "opensearch:3.3");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearch3Resources.class));
    }

    /** The suite's resources would also start the default node, which nothing here uses. */
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    /** What every test needs, with the OpenSearch 3 node as the engine. */
    public static class OpenSearch3Resources extends PortalTestResources {

        @Override
        protected SearchNodeProcess searchNode() {
            return SearchNodeProcess.shared(Variant.OPENSEARCH_3);
        }
    }
}
