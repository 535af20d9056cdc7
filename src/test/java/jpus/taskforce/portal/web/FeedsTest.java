package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Atom feeds a reader can subscribe to: well-formed, complete, in the reader's language, with each
 * published revision and its change note, and nothing a reader may not see.
 */
@QuarkusTest
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    Indexing indexing;

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIndexed();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/en/feed.atom", "/ja/feed.atom", "/en/topics/forced-labor/feed.atom",
            "/ja/search.atom?topic=forced-labor" })
    void everyFeedIsValidAtom(String path) throws Exception {
        Element feed = feed(path);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as(required).isNotEmpty();
        }
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSizeBetween(1, 50);
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "summary", "content")) {
                assertThat(children(entry, required)).as("entry %s", required).hasSize(1);
            }
            assertThat(ids.add(text(entry, "id"))).as("entry ids are unique").isTrue();
            assertThat(children(entry, "link")).filteredOn(link -> link.getAttribute("rel").equals("alternate"))
                    .as("one alternate link per entry").hasSize(1);
        }
    }

    @Test
    void aRevisionPublishedThroughTheApiIsAnEntryWithItsChangeNote() throws Exception {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public", "Vandrelit");
        Documents.revise(slug, "JP", "public", "Vandrelit", "Added the 2026 reporting dates & contacts.");

        List<Element> entries = entriesOf(feed("/en/feed.atom"), slug);

        assertThat(entries).extracting(entry -> text(entry, "id"))
                .as("the newest revision first, each an entry of its own")
                .containsExactly(documentUrl("en", slug) + "#revision-2", documentUrl("en", slug) + "#revision-1");
        assertThat(text(entries.get(0), "content")).contains("Revision 2")
                .contains("Change note: Added the 2026 reporting dates & contacts.");
    }

    @Test
    void aSearchFeedShowsEachDocumentAtItsLatestRevision() throws Exception {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public", "Quillodrac");
        Documents.revise(slug, "JP", "public", "Quillodrac", "Corrected the name of the ministry.");
        indexing.awaitIndexed();

        Element entry = entriesOf(feed("/ja/search.atom?q=Quillodrac"), slug).get(0);

        assertThat(text(entry, "id")).isEqualTo(documentUrl("ja", slug) + "#revision-2");
        assertThat(text(entry, "content")).contains("第2版").contains("変更内容：Corrected the name of the ministry.");
        assertThat(children(entry, "link")).anyMatch(link -> link.getAttribute("rel").equals("related")
                && link.getAttribute("href").endsWith("/ja/documents/" + slug + "/revisions/1/diff/2"));
    }

    @Test
    void aDraftsChangeNoteStaysOutOfTheFeeds() throws Exception {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public", "Brastovel");
        Tokens.as(Documents.editorOf("JP")).contentType("application/json")
                .body(Documents.body(slug, "JP", "public", "Brastovel"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Tokens.as(Documents.editorOf("JP")).contentType("application/json")
                .body(Map.of("changeNote", "Unpublished wording about Brastovel quotas."))
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        indexing.awaitIndexed();

        for (String path : List.of("/en/feed.atom", "/en/search.atom?q=Brastovel")) {
            assertThat(entriesOf(feed(path), slug)).as(path).singleElement()
                    .satisfies(entry -> assertThat(text(entry, "id")).endsWith("#revision-1"))
                    .satisfies(entry -> assertThat(text(entry, "content")).doesNotContain("quotas"));
        }
    }

    @Test
    void aRestrictedDocumentIsInNoFeed() throws Exception {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "restricted", "Morkavine");
        indexing.awaitIndexed();

        for (String path : List.of("/en/feed.atom", "/en/topics/forced-labor/feed.atom", "/en/search.atom?q=Morkavine")) {
            assertThat(given().when().get(path).then().statusCode(200).extract().asString()).as(path)
                    .doesNotContain(slug);
        }
    }

    @Test
    void aTopicFeedIsInTheReadersLanguage() throws Exception {
        // Import restrictions: a topic the tests' own documents never use, so their entries cannot crowd it.
        Element feed = feed("/ja/topics/import-restrictions/feed.atom");
        assertThat(feed.getAttribute("xml:lang")).isEqualTo("ja");
        assertThat(feed.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).contains("輸入");
        assertThat(links(feed)).anyMatch(link -> link.endsWith("/ja/documents/us-uflpa"));
    }

    @Test
    void aSearchFeedFollowsTheSearch() throws Exception {
        Element feed = feed("/en/search.atom?q=zorblefax");
        assertThat(links(feed)).singleElement()
                .satisfies(link -> assertThat(link).endsWith("/en/documents/fixture-stemming-en"));
    }

    @Test
    void pagesAnnounceTheFeed() {
        given().when().get("/en/").then().statusCode(200)
                .body(containsString("type=\"application/atom+xml\""))
                .body(containsString("href=\"/en/feed.atom\""));
    }

    @Test
    void anUnknownTopicHasNoFeed() {
        given().when().get("/en/topics/no-such-topic/feed.atom").then().statusCode(404);
    }

    private static Element feed(String path) throws Exception {
        byte[] body = given().when().get(path).then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        return xml.getDocumentElement();
    }

    private static List<Element> entriesOf(Element feed, String slug) {
        return children(feed, "entry").stream()
                .filter(entry -> text(entry, "id").contains("/documents/" + slug + "#")).toList();
    }

    private static String documentUrl(String lang, String slug) {
        return RestAssured.baseURI + ":" + RestAssured.port + "/" + lang + "/documents/" + slug;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static List<String> links(Element feed) {
        List<String> hrefs = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element link = (Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link").item(0);
            hrefs.add(link.getAttribute("href"));
        }
        return hrefs;
    }
}
