package jpus.taskforce.portal.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract (src/test/resources/openapi/v1.json) is what partners build on. The
 * portal must serve exactly it, so that the client the build generates from it is a client of
 * the real portal; and nothing a partner may use disappears from it, so that a breaking change
 * (docs/api.md, "Versioning") needs a deliberate update of the copy, seen in review:
 * {@code ./mvnw test -Dtest=ContractCopyTest -Dportal.contract.update=true} (CONTRIBUTING.md).
 */
@QuarkusTest
class ContractCopyTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** What a field's values are; a change to any of these breaks a client that reads the field. */
    private static final List<String> TYPE_KEYWORDS = List.of("type", "$ref", "format", "items");

    /** Read before an update run rewrites it, so that such a run still reports what it breaks. */
    private static JsonNode committed;

    @BeforeAll
    static void readTheCommittedCopy() {
        committed = ContractDocument.copy();
    }

    @Test
    void thePortalServesTheCommittedContract() {
        JsonNode served = ContractDocument.served();
        if (Boolean.getBoolean(ContractDocument.UPDATE)) {
            ContractDocument.write(served, ContractDocument.COPY);
        }
        assertThat(differences("", ContractDocument.copy(), served))
                .as("where the served document differs from %s; if the change is meant, update the copy with "
                        + "./mvnw test -Dtest=ContractCopyTest -D%s=true and review its diff", ContractDocument.COPY,
                        ContractDocument.UPDATE)
                .isEmpty();
    }

    @Test
    void noOperationDisappears() {
        Map<String, String> served = operationIds(ContractDocument.served());
        List<String> gone = new ArrayList<>();
        operationIds(committed).forEach((operation, id) -> {
            if (!id.equals(served.get(operation))) {
                gone.add(operation + " (" + id + ")" + (served.containsKey(operation) ? " is now " + served.get(operation) : ""));
            }
        });
        assertThat(gone).as("operations removed or renamed: a breaking change").isEmpty();
    }

    @Test
    void noParameterDisappears() {
        JsonNode served = ContractDocument.served();
        List<String> gone = new ArrayList<>();
        eachOperation(committed, (key, operation) -> {
            Set<String> now = parameters(operation(served, key));
            parameters(operation).stream().filter(p -> !now.contains(p)).forEach(p -> gone.add(key + ": " + p));
        });
        assertThat(gone).as("parameters removed or renamed: a breaking change").isEmpty();
    }

    @Test
    void noFieldDisappearsOrChangesItsType() {
        JsonNode served = ContractDocument.served().path("components").path("schemas");
        List<String> broken = new ArrayList<>();
        committed.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode now = served.path(schema.getKey());
            if (now.isMissingNode()) {
                broken.add(schema.getKey() + " is gone");
                return;
            }
            schema.getValue().path("properties").fields().forEachRemaining(field -> {
                JsonNode current = now.path("properties").path(field.getKey());
                String name = schema.getKey() + "." + field.getKey();
                if (current.isMissingNode()) {
                    broken.add(name + " is gone");
                } else {
                    TYPE_KEYWORDS.stream().filter(k -> !field.getValue().path(k).equals(current.path(k)))
                            .forEach(k -> broken.add(name + " changed its " + k + " from " + shown(field.getValue().path(k))
                                    + " to " + shown(current.path(k))));
                }
            });
        });
        assertThat(broken).as("schemas and fields removed, renamed or retyped: a breaking change").isEmpty();
    }

    private static String shown(JsonNode keyword) {
        return keyword.isMissingNode() ? "none" : keyword.toString();
    }

    /** JSON pointers where two documents differ, in document order. */
    private static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                found.addAll(differences(at + "/" + name.replace("~", "~0").replace("/", "~1"),
                        expected.path(name), actual.path(name)));
            }
        } else if (!expected.equals(actual)) {
            found.add(at + (expected.isMissingNode() ? " (added)" : actual.isMissingNode() ? " (removed)" : " (changed)"));
        }
        return found;
    }

    private interface OperationVisitor {
        void visit(String key, JsonNode operation);
    }

    private static void eachOperation(JsonNode document, OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    visitor.visit(method.toUpperCase() + " " + path.getKey(), path.getValue().path(method));
                }
            }
        });
    }

    private static JsonNode operation(JsonNode document, String key) {
        String[] methodAndPath = key.split(" ", 2);
        return document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
    }

    private static Map<String, String> operationIds(JsonNode document) {
        Map<String, String> ids = new TreeMap<>();
        eachOperation(document, (key, operation) -> ids.put(key, operation.path("operationId").asText()));
        return ids;
    }

    private static Set<String> parameters(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation.path("parameters").forEach(p -> names.add(p.path("in").asText() + " " + p.path("name").asText()));
        return names;
    }
}
