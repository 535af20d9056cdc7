package jpus.taskforce.portal.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** A rebuild for a changed mapping while searches keep answering on OpenSearch 3.3.2: {@link MappingRolloutTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class MappingRolloutOnOpenSearch3Test extends MappingRolloutTest {
}
