package jpus.taskforce.portal.api;

import java.util.List;

import jpus.taskforce.portal.validation.InvalidParameter;

/** A request the API refuses, carrying what the problem response will say. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient List<InvalidParameter> errors;

    public ProblemException(int status, String title, String detail, List<InvalidParameter> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, null);
    }

    public static ProblemException invalidParameters(List<InvalidParameter> errors) {
        return new ProblemException(400, "Invalid parameters", "One or more parameters are not valid.", errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InvalidParameter> errors() {
        return errors;
    }
}
