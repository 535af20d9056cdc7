package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** The government a document comes from; JOINT is the task force itself, INTL an international body. */
public enum Government implements CodedValue {
    JP, US, JOINT, INTL;

    @Override
    @JsonValue
    public String code() {
        return name();
    }
}
