package jpus.taskforce.portal.search;

import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/** Orders of a result list. Without a query, relevance has nothing to rank by and means newest. */
public enum SearchSort implements CodedValue {
    RELEVANCE, NEWEST, OLDEST;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
