package jpus.taskforce.portal.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** English and Japanese search, filters, facets, snippets and paging on OpenSearch 3.3.2: {@link SearchApiTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class SearchApiOnOpenSearch3Test extends SearchApiTest {
}
