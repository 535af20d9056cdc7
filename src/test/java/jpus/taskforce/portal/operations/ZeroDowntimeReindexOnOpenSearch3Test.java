package jpus.taskforce.portal.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** A full rebuild while readers search and staff publish on OpenSearch 3.3.2: {@link ZeroDowntimeReindexTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class ZeroDowntimeReindexOnOpenSearch3Test extends ZeroDowntimeReindexTest {
}
