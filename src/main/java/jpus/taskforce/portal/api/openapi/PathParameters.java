package jpus.taskforce.portal.api.openapi;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the path parameters, which mean the same on every operation that has them, once
 * instead of on each resource method. Revision numbers are declared as numbers, so that generated
 * clients take them as such, though the resources read them as text to answer a bad one with a
 * problem. An id stays text: it names a webhook or an attachment here, a good or a region elsewhere.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PathParameters implements OASFilter {

    private record Described(String description, String example, boolean number) {
    }

    private static final Map<String, Described> PARAMETERS = Map.of(
            "slug", new Described("The document's slug", "us-uflpa", false),
            "id", new Described("The id the portal gave it when it was created", "42", false),
            "number", new Described("A revision number, from 1", "2", true),
            "from", new Described("The earlier revision number", "1", true),
            "to", new Described("The later revision number", "2", true));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Described described = PARAMETERS.get(parameter.getName());
        if (parameter.getIn() == Parameter.In.PATH && described != null) {
            if (parameter.getDescription() == null) {
                parameter.setDescription(described.description());
            }
            if (parameter.getExample() == null) {
                parameter.setExample(described.number() ? Long.valueOf(described.example()) : described.example());
            }
            if (described.number()) {
                parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(BigDecimal.ONE));
            }
        }
        return parameter;
    }
}
