package jpus.taskforce.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The passages of a body that search results may quote. */
@Tag("unit")
class ProseBlocksTest {

    @Test
    void paragraphsAndListItemsAreBlocksOfTheirOwnWithoutHeadingsOrMarkup() {
        String body = """
                ## Overview

                The **Act** bars imports made by forced labor.
                It applies to every importer.

                - First item, about cotton.
                - Second item.

                1. A numbered step.
                """;
        assertThat(ProseBlocks.of(body)).containsExactly(
                "The Act bars imports made by forced labor. It applies to every importer.",
                "First item, about cotton.", "Second item.", "A numbered step.");
    }

    @Test
    void theSourceSectionIsNotProse() {
        String body = """
                Text of the document.

                ## Official source

                U.S. Customs and Border Protection, Withhold Release Orders and Findings.

                ## 出典

                経済産業省「ガイドライン」
                """;
        assertThat(ProseBlocks.of(body)).containsExactly("Text of the document.");
    }
}
