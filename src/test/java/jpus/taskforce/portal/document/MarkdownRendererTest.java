package jpus.taskforce.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MarkdownRendererTest {

    @Test
    void rawHtmlIsEscapedNotRendered() {
        String html = MarkdownRenderer.toSafeHtml("Before <script>alert('x')</script> after\n\n<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = MarkdownRenderer.toSafeHtml("[click](javascript:alert(1)) and <javascript:alert(2)>");
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript:");
    }

    @Test
    void ordinaryMarkdownStillRenders() {
        String html = MarkdownRenderer.toSafeHtml("## Scope\n\nSee [CBP](https://www.cbp.gov/) for **details**.");
        assertThat(html).contains("<h2>Scope</h2>", "href=\"https://www.cbp.gov/\">CBP</a>", "<strong>details</strong>");
    }

    @Test
    void plainTextDropsMarkupButKeepsWords() {
        assertThat(MarkdownRenderer.toPlainText("## Scope\n\nSee [CBP](https://www.cbp.gov/) for **details**."))
                .contains("Scope", "CBP", "details")
                .doesNotContain("##", "**", "](");
    }
}
