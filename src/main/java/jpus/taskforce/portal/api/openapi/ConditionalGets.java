package jpus.taskforce.portal.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * An operation that declares a 304 answers conditional requests (ConditionalResponses): its
 * answers carry an ETag, and it takes If-None-Match. Declared here once, so that a partner's
 * generated client can send the header, instead of on each resource method.
 */
final class ConditionalGets {

    private static final String NOT_MODIFIED = "304";

    private ConditionalGets() {
    }

    static void describe(ApiOperation api) {
        Operation operation = api.operation();
        if (operation.getResponses() == null || !operation.getResponses().hasAPIResponse(NOT_MODIFIED)) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("The ETag of an earlier answer: while nothing changed, the answer is 304 with no body")
                .schema(text())
                .example("\"5d41402abc4b2a76b9719d911017c592\""));
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeader("ETag", OASFactory.createHeader()
                        .description("Identifies this answer; send it back as If-None-Match to poll cheaply")
                        .schema(text()));
            }
        });
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
