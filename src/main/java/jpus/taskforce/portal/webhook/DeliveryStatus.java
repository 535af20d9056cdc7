package jpus.taskforce.portal.webhook;

import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/** Where a webhook delivery stands. */
public enum DeliveryStatus implements CodedValue {
    PENDING, DELIVERED, FAILED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
