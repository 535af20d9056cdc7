package jpus.taskforce.portal.api.contract;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The partner contract in its two places: the OpenAPI document the running portal serves, and the
 * copy committed in src/test/resources/openapi/v1.json, from which the build generates the
 * partner client and against which breaking changes are found. The served document is also
 * written to target/openapi/v1.json, in the copy's format, to lint it and to update the copy
 * (CONTRIBUTING.md).
 */
final class ContractDocument {

    static final Path COPY = Path.of("src", "test", "resources", "openapi", "v1.json");
    static final Path SERVED = Path.of("target", "openapi", "v1.json");
    /** {@code -Dportal.contract.update=true}: the run rewrites the committed copy from the running portal. */
    static final String UPDATE = "portal.contract.update";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractDocument() {
    }

    /**
     * Where the contract sends partners for tokens: the deployment's realm. The tests' Keycloak runs
     * on a port of its own each time, so the copy names a stand-in for the partner's address.
     */
    static final String OIDC_DISCOVERY = "https://keycloak.example/realms/taskforce/.well-known/openid-configuration";

    /** What the running portal serves at /q/openapi, also written to {@link #SERVED}. */
    static JsonNode served() {
        JsonNode document = read(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        ((ObjectNode) document.path("components").path("securitySchemes").path("oidc")).put("openIdConnectUrl", OIDC_DISCOVERY);
        write(document, SERVED);
        return document;
    }

    static JsonNode copy() {
        try {
            return JSON.readTree(COPY.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(JsonNode document, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
