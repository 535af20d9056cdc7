package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The Kubernetes objects of a rendered chart (Helm's multi-document YAML), found by kind. */
final class Manifests {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> objects;

    private Manifests(List<JsonNode> objects) {
        this.objects = objects;
    }

    static Manifests parse(String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> objects = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.hasNonNull("kind")) {
                    objects.add(document);
                }
            }
            return new Manifests(objects);
        } catch (IOException e) {
            throw new UncheckedIOException("Helm rendered invalid YAML", e);
        }
    }

    List<JsonNode> all(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    boolean has(String kind) {
        return !all(kind).isEmpty();
    }

    /** The only object of this kind; fails when there is none or more than one. */
    JsonNode one(String kind) {
        List<JsonNode> ofKind = all(kind);
        assertThat(ofKind).as("rendered %s objects", kind).hasSize(1);
        return ofKind.get(0);
    }

    JsonNode named(String kind, String name) {
        return all(kind).stream()
                .filter(object -> name.equals(object.at("/metadata/name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " was rendered"));
    }

    JsonNode podSpec() {
        return one("Deployment").at("/spec/template/spec");
    }

    JsonNode portalContainer() {
        return podSpec().at("/containers/0");
    }

    /** The portal container's environment variable of that name, or a missing node. */
    JsonNode env(String name) {
        return env(portalContainer(), name);
    }

    static JsonNode env(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(variable -> name.equals(variable.path("name").asText()))
                .findFirst()
                .orElse(MissingNode.getInstance());
    }

    /** The ConfigMap's settings. */
    Map<String, String> config() {
        Map<String, String> settings = new LinkedHashMap<>();
        one("ConfigMap").path("data").properties().forEach(entry -> settings.put(entry.getKey(), entry.getValue().asText()));
        return settings;
    }
}
