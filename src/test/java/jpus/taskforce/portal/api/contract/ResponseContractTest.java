package jpus.taskforce.portal.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The check behind PartnerClientTest refuses what a partner's client would choke on, and only that. */
@Tag("unit")
class ResponseContractTest {

    private static final ResponseContract CONTRACT = new ResponseContract(ContractDocument.copy());
    private static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No document has the slug 'x'.",
             "instance": "/api/v1/documents/x"}""";

    @Test
    void acceptsAnAnswerAsTheDocumentDescribesIt() {
        assertThat(notFound(NOT_FOUND)).isEmpty();
    }

    @Test
    void refusesAFieldTheDocumentLacks() {
        assertThat(notFound(NOT_FOUND.replace("\"status\": 404", "\"status\": 404, \"severity\": \"high\"")))
                .singleElement().asString().contains("severity");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThat(notFound(NOT_FOUND.replace("\"status\": 404", "\"status\": \"404\""))).singleElement().asString()
                .contains("status");
    }

    @Test
    void refusesAStatusTheOperationDoesNotList() {
        assertThat(CONTRACT.violations("GET", URI.create("/api/v1/topics"), 404, "application/problem+json",
                NOT_FOUND.getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("does not list");
    }

    @Test
    void refusesAPartialDateAsAnObject() throws Exception {
        JsonNode asAnObject = new ObjectMapper().readTree("{\"date\": \"2021-12-23\", \"precision\": \"DAY\"}");

        assertThat(CONTRACT.violations("PartialDate", asAnObject)).isNotEmpty();
    }

    @Test
    void acceptsADateKnownOnlyToTheMonth() {
        assertThat(CONTRACT.violations("PartialDate", new ObjectMapper().getNodeFactory().textNode("2026-11"))).isEmpty();
    }

    private static List<String> notFound(String body) {
        return CONTRACT.violations("GET", URI.create("/api/v1/documents/x"), 404, "application/problem+json; charset=UTF-8",
                body.getBytes(StandardCharsets.UTF_8));
    }
}
