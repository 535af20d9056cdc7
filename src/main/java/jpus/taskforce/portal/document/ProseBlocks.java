package jpus.taskforce.portal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The paragraphs and list items of a Markdown body as plain text, one block each, without the
 * headings and without the closing "Official source" section. These are the passages a search
 * result may quote: never a heading or a source line on its own, never two list items run together.
 */
public final class ProseBlocks {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    /** Headings of the sections that name where a document comes from, which are not prose. */
    private static final Pattern SOURCE_HEADING = Pattern.compile(
            "(?i)(official )?sources?|references?|出典|公式情報源|参考(資料|情報)?");

    private ProseBlocks() {
    }

    public static List<String> of(String markdown) {
        List<String> blocks = new ArrayList<>();
        if (markdown == null) {
            return blocks;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            private boolean inSourceSection;

            @Override
            public void visit(Heading heading) {
                inSourceSection = SOURCE_HEADING.matcher(TEXT.render(heading).strip()).matches();
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (!inSourceSection) {
                    String text = TEXT.render(paragraph).replaceAll("\\s+", " ").strip();
                    if (!text.isEmpty()) {
                        blocks.add(text);
                    }
                }
            }
        });
        return blocks;
    }
}
