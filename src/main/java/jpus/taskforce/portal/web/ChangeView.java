package jpus.taskforce.portal.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.publishing.DiffLine;
import jpus.taskforce.portal.publishing.FieldChange;

/**
 * One changed field as pages show it: its label, the language of its text, and its lines marked
 * as kept, added ({@code <ins>}) or removed ({@code <del>}).
 */
@TemplateData
public record ChangeView(String label, String lang, List<Line> lines) {

    @TemplateData
    public record Line(String text, boolean added, boolean removed) {
    }

    static List<ChangeView> of(List<FieldChange> changes, Language page) {
        return changes.stream()
                .map(c -> new ChangeView(FieldLabels.label(c.field(), page), FieldLabels.textLanguage(c.field()),
                        c.lines().stream()
                                .map(l -> new Line(l.text(), l.op() == DiffLine.Op.ADDED, l.op() == DiffLine.Op.REMOVED))
                                .toList()))
                .toList();
    }
}
