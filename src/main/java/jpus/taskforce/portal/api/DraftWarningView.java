package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.tagging.TerminologyCheck;

/**
 * Something the editor should look at before review, which does not stop the draft: today the
 * terminology check, where one language version uses a glossary term ({@code term}) and the
 * version in {@code language} does not contain the glossary's term for it ({@code expected}),
 * perhaps using a variant instead ({@code found}).
 */
@Schema(name = "DraftWarning", requiredProperties = { "check", "language", "term", "expected", "found", "message" })
public record DraftWarningView(String check, Language language, String term, String expected, List<String> found,
        String message) {

    static DraftWarningView of(TerminologyCheck.Finding finding) {
        return new DraftWarningView("terminology", finding.missingIn(), finding.term(), finding.expected(), finding.found(),
                finding.message());
    }
}
