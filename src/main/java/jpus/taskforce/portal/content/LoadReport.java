package jpus.taskforce.portal.content;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of loading the content folder: what changed, what was left alone and what was
 * rejected. {@code removed} lists documents seeded from files that no longer exist; they are kept
 * in the portal (staff may have published them) and only reported.
 */
public record LoadReport(
        List<String> created,
        List<String> updated,
        int unchanged,
        List<String> removed,
        List<ContentProblem> rejected,
        Duration duration) {

    public LoadReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        rejected = List.copyOf(rejected);
    }

    public boolean changedNothing() {
        return created.isEmpty() && updated.isEmpty();
    }

    public String summary() {
        return String.format("%d created, %d updated, %d unchanged, %d removed from content/, %d rejected in %d ms",
                created.size(), updated.size(), unchanged, removed.size(), rejected.size(), duration.toMillis());
    }
}
