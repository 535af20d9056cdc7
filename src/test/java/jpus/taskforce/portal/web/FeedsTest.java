package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.Indexing;

/** Atom feeds a reader can subscribe to: well-formed, complete and in the reader's language. */
@QuarkusTest
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    Indexing indexing;

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIndexed();
    }

    @Test
    void theNewestDocumentsFeedIsValidAtom() throws Exception {
        Element feed = feed("/en/feed.atom");
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isBetween(1, 50);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as("entry %s", required).isPositive();
            }
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
