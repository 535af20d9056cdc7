package jpus.taskforce.portal.content;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** The content load indexes every document on OpenSearch 3.3.2: {@link ContentLoadingTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class ContentLoadingOnOpenSearch3Test extends ContentLoadingTest {
}
