package jpus.taskforce.portal.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.OpenSearch3Profile;

/** Cross-language search through the glossary, the user dictionary, ranking, corrections and suggestions on OpenSearch 3.3.2: {@link SearchFeaturesTest}, unchanged. */
@QuarkusTest
@TestProfile(OpenSearch3Profile.class)
class SearchFeaturesOnOpenSearch3Test extends SearchFeaturesTest {
}
