package jpus.taskforce.portal.publishing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** A publication through the API becomes searchable, a draft does not on OpenSearch 3.3.2: {@link PublishingWorkflowTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class PublishingWorkflowOnOpenSearch3Test extends PublishingWorkflowTest {
}
