package jpus.taskforce.portal.content;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of loading the content folder: what changed, what was left alone and what was
 * rejected. {@code removed} lists documents seeded from files that no longer exist; they are kept
 * in the portal (staff may have published them) and only reported. {@code conflicts} lists
 * documents whose files changed after staff edited them in the portal: the portal's version wins
 * and the files are left unapplied until someone reconciles them.
 */
public record LoadReport(
        List<String> created,
        List<String> updated,
        int unchanged,
        List<String> removed,
        List<String> conflicts,
        List<ContentProblem> rejected,
        Duration duration) {

    public LoadReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        conflicts = List.copyOf(conflicts);
        rejected = List.copyOf(rejected);
    }

    public boolean changedNothing() {
        return created.isEmpty() && updated.isEmpty();
    }

    public String summary() {
        return String.format("%d created, %d updated, %d unchanged, %d removed from content/, %d kept as edited in the portal, "
                + "%d rejected in %d ms", created.size(), updated.size(), unchanged, removed.size(), conflicts.size(),
                rejected.size(), duration.toMillis());
    }
}
