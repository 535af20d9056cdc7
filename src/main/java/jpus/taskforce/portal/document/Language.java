package jpus.taskforce.portal.document;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two languages the knowledge base is written in. */
public enum Language implements CodedValue {
    EN(Locale.ENGLISH),
    JA(Locale.JAPANESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    @Override
    @JsonValue
    public String code() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == EN ? JA : EN;
    }
}
