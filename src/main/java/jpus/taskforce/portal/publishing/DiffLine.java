package jpus.taskforce.portal.publishing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a diff: kept, added or removed. */
public record DiffLine(Op op, String text) {

    @Schema(name = "DiffOp")
    public enum Op {
        KEPT, ADDED, REMOVED
    }
}
