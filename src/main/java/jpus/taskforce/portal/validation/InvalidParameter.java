package jpus.taskforce.portal.validation;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A request parameter or field that was refused: its name, why as a code ({@link Reason}) with the
 * values the code refers to ({@code args}: {@code max} of a length, {@code allowed} values...), and
 * the same in an English sentence a partner developer can act on.
 */
@Schema(requiredProperties = { "name", "code", "reason" })
public record InvalidParameter(String name, Reason code, String reason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> args) {

    public InvalidParameter {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public InvalidParameter(String name, Reason code, String reason) {
        this(name, code, reason, Map.of());
    }

    public static InvalidParameter required(String name) {
        return new InvalidParameter(name, Reason.REQUIRED, "is required");
    }

    public static InvalidParameter tooLong(String name, int max) {
        return new InvalidParameter(name, Reason.TOO_LONG, "is limited to " + max + " characters",
                Map.of("max", String.valueOf(max)));
    }

    public static InvalidParameter outOfRange(String name, long min, long max) {
        if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
            return new InvalidParameter(name, Reason.OUT_OF_RANGE, "must be a whole number of at least " + min,
                    Map.of("min", String.valueOf(min)));
        }
        return new InvalidParameter(name, Reason.OUT_OF_RANGE, "must be a whole number from " + min + " to " + max,
                Map.of("min", String.valueOf(min), "max", String.valueOf(max)));
    }

    public static InvalidParameter notANumber(String name) {
        return new InvalidParameter(name, Reason.NUMBER, "must be a whole number");
    }

    public static InvalidParameter notAllowed(String name, String allowed) {
        return new InvalidParameter(name, Reason.NOT_ALLOWED, "must be one of " + allowed, Map.of("allowed", allowed));
    }

    public static InvalidParameter unknown(String name, String value) {
        return new InvalidParameter(name, Reason.UNKNOWN, "'" + value + "' is not a known value", Map.of("value", value));
    }
}
