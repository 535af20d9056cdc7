package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a document is: an official instrument, or a note the portal's editors wrote from cited
 * sources. Readers must be able to tell them apart on every surface.
 */
public enum Provenance implements CodedValue {
    /** The instrument itself, or a faithful summary of one, issued by the named body. */
    OFFICIAL,
    /** Written by the portal's editors from the cited sources; no government issued it. */
    EDITORIAL;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
