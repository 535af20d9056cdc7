package jpus.taskforce.portal.api.contract;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks an answer against the OpenAPI document: its method and path name an operation, its
 * status one of the operation's responses, its Content-Type one of that response's media types,
 * and its body that media type's schema. Object schemas are closed for the check, so that a field
 * the API returns but the document lacks fails here; partners' own clients must still accept new
 * fields (docs/api.md, "Versioning").
 */
final class ResponseContract {

    private static final String DOCUMENT = "https://portal.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;

    ResponseContract(JsonNode openApi) {
        this.document = openApi.deepCopy();
        this.document.path("components").path("schemas").forEach(ResponseContract::close);
        String closed = this.document.toString();
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry
                .schemas(Map.of(DOCUMENT, closed))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** What is wrong with an answer; nothing when it is what the document says. */
    List<String> violations(String method, URI uri, int status, String contentType, byte[] body) {
        String answer = method + " " + uri.getPath() + " → " + status;
        Optional<String> path = template(uri.getPath());
        JsonNode operation = path.map(p -> document.path("paths").path(p).path(method.toLowerCase())).orElse(null);
        if (operation == null || operation.isMissingNode()) {
            return List.of(answer + ": no such operation in the document");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(answer + ": the operation does not list this status");
        }
        if (!response.has("content")) {
            return body.length == 0 ? List.of() : List.of(answer + ": a body where the document lists none");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        if (!response.path("content").has(mediaType)) {
            return List.of(answer + ": Content-Type " + mediaType + ", where the document lists "
                    + fieldNames(response.path("content")));
        }
        String pointer = "/paths/" + escape(path.get()) + "/" + method.toLowerCase() + "/responses/" + status + "/content/"
                + escape(mediaType) + "/schema";
        if ("binary".equals(document.at(pointer).path("format").asText())) {
            return List.of();
        }
        return check(answer, pointer, parse(body));
    }

    /** What is wrong with a value of a named schema, e.g. one line of the export against DocumentView. */
    List<String> violations(String schemaName, JsonNode value) {
        return check(schemaName, "/components/schemas/" + escape(schemaName), value);
    }

    private List<String> check(String what, String pointer, JsonNode value) {
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        List<String> problems = new ArrayList<>();
        schema.validate(value).forEach(error -> problems.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage()));
        return problems;
    }

    /** The document's path that names this one: literal segments before parameters. */
    private Optional<String> template(String path) {
        List<String> matching = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                matching.add(template);
            }
        });
        return matching.stream().min((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(),
                b.chars().filter(c -> c == '{').count()));
    }

    /** No property beyond the declared ones, wherever an object schema declares properties. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("unevaluatedProperties", false);
        }
        schema.forEach(ResponseContract::close);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
