package jpus.taskforce.portal.search;

import java.util.Optional;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/**
 * The dimensions a reader can filter and count by. The index holds enum names ({@code BEST_PRACTICE});
 * URLs and the API use their codes ({@code best-practice}); this is the one place that converts.
 */
public enum Facet {
    TYPE("type", SearchFields.TYPE),
    GOVERNMENT("government", SearchFields.GOVERNMENT),
    AGENCY("agency", SearchFields.AGENCY),
    TOPIC("topic", SearchFields.TOPICS),
    GOOD("good", SearchFields.withBroader(SearchFields.GOODS)),
    REGION("region", SearchFields.withBroader(SearchFields.REGIONS)),
    STATUS("status", SearchFields.STATUS),
    LANGUAGE("language", SearchFields.LANGUAGES);

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    /** The query parameter and the key in responses. */
    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    /** The indexed value for a code, when the code is one this facet knows without the vocabulary. */
    Optional<String> indexValue(String code) {
        return switch (this) {
            case TYPE -> CodedValue.fromCode(DocumentType.class, code).map(Enum::name);
            case GOVERNMENT -> CodedValue.fromCode(Government.class, code).map(Enum::name);
            case LANGUAGE -> CodedValue.fromCode(Language.class, code).map(Enum::name);
            case STATUS -> CodedValue.fromCode(DocumentStatus.class, code).map(Enum::name);
            case AGENCY, TOPIC, GOOD, REGION -> Optional.of(code);
        };
    }

    /** The indexed values for selected codes, sorted so that equal selections make equal requests. */
    java.util.List<String> indexValues(java.util.Collection<String> codes) {
        return codes.stream().map(code -> indexValue(code).orElseThrow()).sorted().toList();
    }

    /** The code for an indexed value. */
    public String code(String indexValue) {
        return switch (this) {
            case TYPE -> DocumentType.valueOf(indexValue).code();
            case GOVERNMENT -> Government.valueOf(indexValue).code();
            case LANGUAGE -> Language.valueOf(indexValue).code();
            case STATUS -> DocumentStatus.valueOf(indexValue).code();
            case AGENCY, TOPIC, GOOD, REGION -> indexValue;
        };
    }
}
