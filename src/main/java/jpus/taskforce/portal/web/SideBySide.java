package jpus.taskforce.portal.web;

import java.util.ArrayList;
import java.util.List;

import jpus.taskforce.portal.document.MarkdownRenderer;

/**
 * Aligns the English and Japanese bodies of a document for reading side by side. Both versions
 * follow the same outline, so they are cut at their level-two headings and paired section by
 * section (the text before the first heading is a section too); a section one version lacks is
 * left empty rather than shifting every later pair.
 */
final class SideBySide {

    /** One aligned pair, each side as safe HTML ("" when that version has no such section). */
    record Row(String enHtml, String jaHtml) {
    }

    private SideBySide() {
    }

    static List<Row> rows(String english, String japanese) {
        List<String> en = sections(english);
        List<String> ja = sections(japanese);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(en.size(), ja.size()); i++) {
            String left = i < en.size() ? en.get(i) : "";
            String right = i < ja.size() ? ja.get(i) : "";
            if (!left.isBlank() || !right.isBlank()) {
                rows.add(new Row(MarkdownRenderer.toSafeHtml(left), MarkdownRenderer.toSafeHtml(right)));
            }
        }
        return rows;
    }

    /** The text before the first "## " heading, then one entry per heading with its content. */
    static List<String> sections(String markdown) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("## ")) {
                sections.add(current.toString());
                current = new StringBuilder();
            }
            current.append(line).append('\n');
        }
        sections.add(current.toString());
        return sections;
    }
}
