package jpus.taskforce.portal.publishing;

import java.util.List;

/** How one field of a document differs between two revisions, line by line. */
public record FieldChange(String field, List<DiffLine> lines) {

    public FieldChange {
        lines = List.copyOf(lines);
    }
}
