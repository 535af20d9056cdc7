package jpus.taskforce.portal.http;

import jakarta.ws.rs.BadRequestException;

import jpus.taskforce.portal.validation.InvalidParameter;

/**
 * A parameter that could not even be converted to its type. A {@link BadRequestException}, because
 * the REST layer passes those on as they are, where it would turn any other failure to convert a
 * query or path parameter into a 404 (as JAX-RS requires), which tells a client nothing.
 */
public class InvalidParameterException extends BadRequestException {

    private final transient InvalidParameter parameter;

    public InvalidParameterException(InvalidParameter parameter) {
        super(parameter.name() + " " + parameter.reason());
        this.parameter = parameter;
    }

    public InvalidParameter parameter() {
        return parameter;
    }
}
