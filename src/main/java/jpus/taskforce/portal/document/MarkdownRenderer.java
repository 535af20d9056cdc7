package jpus.taskforce.portal.document;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns the Markdown bodies into safe HTML for pages and into plain text for the index.
 * Raw HTML in the source is escaped, never passed through, and link and image URLs with
 * unsafe schemes (javascript:, data:, vbscript:, ...) are neutralised: document bodies are
 * written by staff of two governments and must never become a way to run script in a reader's
 * browser.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    public static String toPlainText(String markdown) {
        return TEXT.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
