package jpus.taskforce.portal.api.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the path parameters, which mean the same on every operation that has them, once
 * instead of on each resource method.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PathParameters implements OASFilter {

    private record Described(String description, String example) {
    }

    private static final Map<String, Described> PARAMETERS = Map.of(
            "slug", new Described("The document's slug", "us-uflpa"),
            "id", new Described("The id the portal gave it when it was created", "42"),
            "number", new Described("A revision number, from 1", "2"),
            "from", new Described("The earlier revision number", "1"),
            "to", new Described("The later revision number", "2"));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Described described = PARAMETERS.get(parameter.getName());
        if (parameter.getIn() == Parameter.In.PATH && described != null) {
            if (parameter.getDescription() == null) {
                parameter.setDescription(described.description());
            }
            if (parameter.getExample() == null) {
                parameter.setExample(described.example());
            }
        }
        return parameter;
    }
}
