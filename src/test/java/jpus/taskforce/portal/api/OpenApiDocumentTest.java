package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * The OpenAPI document is the partner's contract: every operation under /api/v1 is described with
 * its errors, and every error the portal actually gives on any of them is problem+json. The
 * operations are read from the document itself, so a new endpoint is checked without being named here.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private Map<String, Object> openApi;

    @BeforeEach
    void readTheDocument() {
        openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void describesTheApi() {
        assertThat(operations()).as("operations under /api/v1").hasSizeGreaterThan(20);
    }

    @Test
    void describesTheApiAndNotThePages() {
        assertThat(map(openApi, "paths").keySet()).as("paths of the partner contract").allMatch(path -> path.startsWith("/api/v1/"));
    }

    /** The operationId names the method of every partner's generated client: a verb and what it acts on. */
    @Test
    void everyOperationHasAnOperationIdNamingWhatItDoes() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> seen = new TreeSet<>();
        for (ApiOperation op : operations()) {
            String id = (String) op.spec().get("operationId");
            softly.assertThat(id).as("operationId of %s", op).matches("[a-z]+([A-Z][a-z0-9]*)+");
            softly.assertThat(seen.add(String.valueOf(id))).as("%s is the only operation named %s", op, id).isTrue();
        }
        softly.assertAll();
    }

    @Test
    void sendsPartnersToTheRealmThePortalUses() {
        assertThat(map(map(map(openApi, "components"), "securitySchemes"), "oidc").get("openIdConnectUrl"))
                .isEqualTo(KeycloakServer.shared().realmUrl() + "/.well-known/openid-configuration");
    }

    @Test
    void everyOperationSaysHowItMayBeCalled() {
        SoftAssertions softly = new SoftAssertions();
        for (ApiOperation op : operations()) {
            softly.assertThat(op.spec().get("security")).as("security of %s", op).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .isNotEmpty();
        }
        softly.assertAll();
    }

    @Test
    void everyOperationHasASummary() {
        SoftAssertions softly = new SoftAssertions();
        for (ApiOperation op : operations()) {
            softly.assertThat((String) op.spec().get("summary")).as("summary of %s", op).isNotBlank();
        }
        softly.assertAll();
    }

    @Test
    void everyParameterIsDescribed() {
        SoftAssertions softly = new SoftAssertions();
        for (ApiOperation op : operations()) {
            List<Map<String, Object>> parameters = cast(op.spec().getOrDefault("parameters", List.of()));
            for (Map<String, Object> parameter : parameters) {
                softly.assertThat((String) parameter.get("description")).as("%s of %s", parameter.get("name"), op)
                        .isNotBlank();
            }
        }
        softly.assertAll();
    }

    @Test
    void everyOperationDescribesItsClientErrorsAsProblems() {
        SoftAssertions softly = new SoftAssertions();
        for (ApiOperation op : operations()) {
            softly.assertThat(op.responses().keySet()).as("error responses of %s", op).anyMatch(code -> code.startsWith("4"));
            op.responses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    softly.assertThat(schemaRef(response)).as("%s of %s", code, op).endsWith("/schemas/Problem");
                    softly.assertThat(examples(response)).as("example of %s of %s", code, op).isNotEmpty();
                }
            });
        }
        softly.assertAll();
    }

    @Test
    void theProblemSchemaIsPublished() {
        assertThat(map(map(map(openApi, "components"), "schemas"), "Problem").get("properties"))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys("type", "title", "status", "detail", "instance", "errors", "reference");
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        SoftAssertions softly = new SoftAssertions();
        List<ApiOperation> withJsonBodies = new ArrayList<>();
        for (ApiOperation op : operations()) {
            Map<String, Object> json = map(map(map(op.spec(), "requestBody"), "content"), "application/json");
            if (!json.isEmpty()) {
                withJsonBodies.add(op);
                softly.assertThat(map(json, "examples")).as("request example of %s", op).isNotEmpty();
            }
        }
        softly.assertThat(withJsonBodies).as("operations taking JSON").isNotEmpty();
        softly.assertAll();
    }

    @Test
    void operationsThatNeedATokenDeclareTheOidcScheme() {
        SoftAssertions softly = new SoftAssertions();
        List<ApiOperation> refusingAnonymous = new ArrayList<>();
        for (ApiOperation op : operations()) {
            if (op.send(Tokens.as("anonymous"), null).statusCode() == 401) {
                refusingAnonymous.add(op);
                softly.assertThat(op.securitySchemes()).as("security of %s, which refuses anonymous callers", op)
                        .contains("oidc");
            }
        }
        softly.assertThat(refusingAnonymous).as("operations that need a token").isNotEmpty();
        softly.assertAll();
    }

    /**
     * Anonymous, signed in without the right role, and as an admin with unknown path values, a
     * malformed body, invalid query values or an unacceptable media type: whatever each operation
     * refuses, it refuses as problem+json.
     */
    @Test
    void everyErrorOnEveryOperationIsAProblem() {
        SoftAssertions softly = new SoftAssertions();
        Set<Integer> seen = new TreeSet<>();
        for (ApiOperation op : operations()) {
            List<Response> answers = new ArrayList<>();
            answers.add(op.send(Tokens.as("anonymous"), null));
            answers.add(op.send(Tokens.as(KeycloakServer.MEMBER), "{}"));
            if (op.harmlessForAnAdmin()) {
                RequestSpecification invalidQuery = Tokens.as(KeycloakServer.ADMIN);
                op.queryParameters().forEach(name -> invalidQuery.queryParam(name, "not-a-valid-value"));
                answers.add(op.send(invalidQuery, "{\"unfinished\": "));
                answers.add(op.send(Tokens.as(KeycloakServer.ADMIN).accept("text/csv"), "{\"unfinished\": "));
            }
            softly.assertThat(answers).as("errors of %s", op).anyMatch(answer -> answer.statusCode() >= 400);
            for (Response answer : answers) {
                if (answer.statusCode() >= 400) {
                    seen.add(answer.statusCode());
                    softly.assertThat(answer.contentType()).as("%s answering %d", op, answer.statusCode()).startsWith(PROBLEM);
                    softly.assertThat(answer.jsonPath().getInt("status")).as("status of %s", op).isEqualTo(answer.statusCode());
                    softly.assertThat(answer.jsonPath().getString("title")).as("title of %s", op).isNotBlank();
                }
            }
        }
        softly.assertThat(seen).as("the kinds of error provoked").contains(400, 401, 403, 404);
        softly.assertAll();
    }

    private List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        map(openApi, "paths").forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                for (String method : METHODS) {
                    Map<String, Object> spec = map(cast(item), method);
                    if (!spec.isEmpty()) {
                        operations.add(new ApiOperation(method, path, spec));
                    }
                }
            }
        });
        return operations;
    }

    /** One operation of the document, able to call itself with path values that name nothing. */
    private record ApiOperation(String method, String path, Map<String, Object> spec) {

        Response send(RequestSpecification request, String body) {
            if (body != null && spec.containsKey("requestBody")) {
                request.contentType("application/json").body(body);
            }
            String address = path.replaceAll("\\{slug\\}", "no-such-document-zq").replaceAll("\\{[^}]+\\}", "987654321");
            return request.request(method.toUpperCase(), address);
        }

        /**
         * Whether an admin's call can change nothing: it reads, names nothing that exists, or
         * carries a body that does not parse. Starting a reindex, for one, is left out.
         */
        boolean harmlessForAnAdmin() {
            return method.equals("get") || path.contains("{") || spec.containsKey("requestBody");
        }

        Map<String, Object> responses() {
            return map(spec, "responses");
        }

        List<String> queryParameters() {
            List<Map<String, Object>> parameters = cast(spec.getOrDefault("parameters", List.of()));
            return parameters.stream().filter(p -> "query".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
        }

        Set<String> securitySchemes() {
            List<Map<String, Object>> requirements = cast(spec.getOrDefault("security", List.of()));
            Set<String> schemes = new TreeSet<>();
            requirements.forEach(requirement -> schemes.addAll(requirement.keySet()));
            return schemes;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static String schemaRef(Object response) {
        return (String) map(map(map(cast(response), "content"), PROBLEM), "schema").get("$ref");
    }

    private static Map<String, Object> examples(Object response) {
        return map(map(map(cast(response), "content"), PROBLEM), "examples");
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        return child == null ? Map.of() : cast(child);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
