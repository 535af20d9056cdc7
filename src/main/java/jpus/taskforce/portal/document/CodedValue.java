package jpus.taskforce.portal.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum whose public spelling (in content files, URLs and the API) differs from its Java name,
 * e.g. {@code best-practice} for {@code BEST_PRACTICE}.
 */
public interface CodedValue {

    String code();

    static <E extends Enum<E> & CodedValue> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.code().equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    static <E extends Enum<E> & CodedValue> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(CodedValue::code).toList());
    }

    /** Kebab-case of an enum constant's name: {@code IN_FORCE} → {@code in-force}. */
    static String kebab(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
