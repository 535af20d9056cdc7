package jpus.taskforce.portal.publishing;

/** One line of a diff: kept, added or removed. */
public record DiffLine(Op op, String text) {

    public enum Op {
        KEPT, ADDED, REMOVED
    }
}
