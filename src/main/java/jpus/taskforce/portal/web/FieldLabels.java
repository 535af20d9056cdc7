package jpus.taskforce.portal.web;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;

/** The label of a document field named as the validator and the diff name it ({@code versions.en.title}). */
final class FieldLabels {

    private static final String VERSIONS = "versions.";

    private FieldLabels() {
    }

    static String label(String field, Language page) {
        AppMessages msg = Labels.in(page);
        if (field.startsWith(VERSIONS)) {
            String[] parts = field.split("\\.", 3);
            String language = msg.language_name(parts.length > 1 ? parts[1] : "");
            return parts.length == 3 ? msg.field_in_language(msg.field(parts[2]), language) : language;
        }
        return msg.field(field);
    }

    /** The language of a field's text, for the {@code lang} attribute; null for values that have none. */
    static String textLanguage(String field) {
        if (field.startsWith(VERSIONS)) {
            String[] parts = field.split("\\.", 3);
            return parts.length == 3 ? parts[1] : null;
        }
        return null;
    }
}
