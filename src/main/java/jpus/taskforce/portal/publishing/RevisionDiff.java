package jpus.taskforce.portal.publishing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import jpus.taskforce.portal.document.Language;

/**
 * Compares two states of a document field by field; Markdown bodies line by line (longest common
 * subsequence), so an editor sees which paragraphs changed rather than two walls of text.
 */
public final class RevisionDiff {

    /** Beyond this many line pairs the comparison would cost more than it tells: show replace-all. */
    private static final long MAX_CELLS = 4_000_000L;

    private RevisionDiff() {
    }

    public static List<FieldChange> compare(DocumentInput from, DocumentInput to) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "type", from, to, DocumentInput::type);
        field(changes, "government", from, to, DocumentInput::government);
        field(changes, "agency", from, to, DocumentInput::agency);
        field(changes, "topics", from, to, d -> d.topics() == null ? null : String.join(", ", d.topics()));
        field(changes, "issued", from, to, DocumentInput::issued);
        field(changes, "effective", from, to, DocumentInput::effective);
        field(changes, "updated", from, to, DocumentInput::updated);
        field(changes, "status", from, to, DocumentInput::status);
        field(changes, "binding", from, to, d -> d.binding() == null ? null : d.binding().toString());
        field(changes, "citation", from, to, DocumentInput::citation);
        field(changes, "sourceUrl", from, to, DocumentInput::sourceUrl);
        field(changes, "visibility", from, to, DocumentInput::visibility);
        field(changes, "supersededBy", from, to, DocumentInput::supersededBy);
        for (String language : languages(from, to)) {
            Function<DocumentInput, DocumentInput.TextInput> text = d -> d.versions() == null ? null : d.versions().get(language);
            String prefix = "versions." + language + ".";
            field(changes, prefix + "title", from, to, d -> part(text.apply(d), DocumentInput.TextInput::title));
            field(changes, prefix + "summary", from, to, d -> part(text.apply(d), DocumentInput.TextInput::summary));
            field(changes, prefix + "scope", from, to, d -> part(text.apply(d), DocumentInput.TextInput::scope));
            field(changes, prefix + "enforcement", from, to, d -> part(text.apply(d), DocumentInput.TextInput::enforcement));
            field(changes, prefix + "body", from, to, d -> part(text.apply(d), DocumentInput.TextInput::body));
        }
        return changes;
    }

    /** The line diff of two texts; either may be null (absent). */
    public static List<DiffLine> lines(String from, String to) {
        List<String> a = split(from);
        List<String> b = split(to);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            List<DiffLine> replaced = new ArrayList<>();
            a.forEach(line -> replaced.add(new DiffLine(DiffLine.Op.REMOVED, line)));
            b.forEach(line -> replaced.add(new DiffLine(DiffLine.Op.ADDED, line)));
            return replaced;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new DiffLine(DiffLine.Op.KEPT, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new DiffLine(DiffLine.Op.REMOVED, a.get(i++)));
            } else {
                lines.add(new DiffLine(DiffLine.Op.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(new DiffLine(DiffLine.Op.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(new DiffLine(DiffLine.Op.ADDED, b.get(j++)));
        }
        return lines;
    }

    private static void field(List<FieldChange> changes, String name, DocumentInput from, DocumentInput to,
            Function<DocumentInput, String> value) {
        String before = value.apply(from);
        String after = value.apply(to);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(name, lines(before, after)));
        }
    }

    private static <T> String part(T text, Function<T, String> getter) {
        return text == null ? null : getter.apply(text);
    }

    private static List<String> languages(DocumentInput from, DocumentInput to) {
        TreeSet<String> codes = new TreeSet<>();
        for (DocumentInput d : List.of(from, to)) {
            if (d.versions() != null) {
                codes.addAll(d.versions().keySet());
            }
        }
        List<String> ordered = new ArrayList<>();
        for (Language language : Language.values()) {
            if (codes.remove(language.code())) {
                ordered.add(language.code());
            }
        }
        ordered.addAll(codes);
        return ordered;
    }

    private static List<String> split(String text) {
        if (text == null) {
            return Collections.emptyList();
        }
        return List.of(text.split("\r?\n", -1));
    }
}
