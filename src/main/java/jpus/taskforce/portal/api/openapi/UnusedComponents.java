package jpus.taskforce.portal.api.openapi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Once the pages are gone, so are the schemas and tags only they used (template engine types,
 * page tags): a generated client would otherwise carry classes nobody can receive.
 */
final class UnusedComponents {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private UnusedComponents() {
    }

    static void remove(OpenAPI openAPI) {
        removeSchemas(openAPI);
        removeTags(openAPI);
    }

    private static void removeSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> toVisit = new ArrayDeque<>();
        ApiOperation.all(openAPI).forEach(api -> schemasOf(api.operation()).forEach(toVisit::add));
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
                String name = schema.getRef().substring(SCHEMA_REF.length());
                if (used.add(name) && schemas.containsKey(name)) {
                    toVisit.push(schemas.get(name));
                }
            }
            nested(schema.getAll().values()).forEach(toVisit::push);
        }
        schemas.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(p -> p.getSchema());
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty()
                : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> responses = operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(response -> Stream.concat(
                        schemasOf(response.getContent()),
                        response.getHeaders() == null ? Stream.empty()
                                : response.getHeaders().values().stream().map(header -> header.getSchema())));
        return Stream.of(parameters, body, responses).flatMap(s -> s).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    /** The schemas inside a schema's keywords: properties, items, allOf, additionalProperties and the rest. */
    private static Stream<Schema> nested(Collection<?> values) {
        return values.stream().flatMap(value -> {
            if (value instanceof Schema schema) {
                return Stream.of(schema);
            }
            if (value instanceof Collection<?> list) {
                return nested(list);
            }
            if (value instanceof Map<?, ?> map) {
                return nested(map.values());
            }
            return Stream.empty();
        });
    }

    private static void removeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        ApiOperation.all(openAPI).forEach(api -> {
            if (api.operation().getTags() != null) {
                used.addAll(api.operation().getTags());
            }
        });
        openAPI.getTags().stream().filter(tag -> !used.contains(tag.getName())).toList().forEach(openAPI::removeTag);
    }
}
