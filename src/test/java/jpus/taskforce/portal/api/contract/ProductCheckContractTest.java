package jpus.taskforce.portal.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The goods, regions and product check answers are what the committed contract says, with and
 * without a region, with reasons that quote a sentence and reasons that have none, and refusals.
 */
@QuarkusTest
class ProductCheckContractTest {

    private static final ResponseContract CONTRACT = new ResponseContract(ContractDocument.copy());

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/goods", "/api/v1/regions", "/api/v1/check?good=cotton&region=CN-XJ",
            "/api/v1/check?good=solar", "/api/v1/check?good=unobtainium" })
    void theAnswerIsWhatTheContractDescribes(String request) {
        Response answer = given().when().get(request);
        URI uri = URI.create(request);
        assertThat(CONTRACT.violations("GET", uri, answer.statusCode(), answer.contentType(), answer.asByteArray()))
                .isEmpty();
    }
}
