package jpus.taskforce.portal.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

/** Bean Validation's findings on request parameters, as the portal's coded refusals. */
public final class Violations {

    private Violations() {
    }

    public static List<InvalidParameter> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(Violations::of)
                .sorted(Comparator.comparing(InvalidParameter::name))
                .toList();
    }

    static InvalidParameter of(ConstraintViolation<?> violation) {
        String name = parameterName(violation.getPropertyPath());
        var constraint = violation.getConstraintDescriptor();
        Map<String, Object> attributes = constraint.getAttributes();
        Class<?> type = constraint.getAnnotation().annotationType();
        if (type == Range.class) {
            return InvalidParameter.outOfRange(name, (Long) attributes.get("min"), (Long) attributes.get("max"));
        }
        if (type == Min.class) {
            return InvalidParameter.outOfRange(name, (Long) attributes.get("value"), Long.MAX_VALUE);
        }
        if (type == NotNull.class || type == NotBlank.class) {
            return InvalidParameter.required(name);
        }
        return new InvalidParameter(name, Reason.NOT_ALLOWED, violation.getMessage());
    }

    /** The parameter's name as the client sent it: the last node of the path (method.parameter or method.bean.field). */
    private static String parameterName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
