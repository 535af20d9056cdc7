package jpus.taskforce.portal.document;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who may read a document: everyone, or task-force members only. */
public enum Visibility implements CodedValue {
    PUBLIC, RESTRICTED;

    /** What anonymous readers, feeds and the sitemap see. */
    public static final Set<Visibility> PUBLIC_ONLY = Set.of(PUBLIC);

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
