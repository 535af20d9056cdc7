package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SideBySideTest {

    @Test
    void sectionsArePairedHeadingByHeading() {
        List<SideBySide.Row> rows = SideBySide.rows("## Overview\n\nText.\n\n## Scope\n\nWho.",
                "## 概要\n\n本文。\n\n## 対象\n\n誰。");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).enHtml()).contains("<h2>Scope</h2>");
        assertThat(rows.get(1).jaHtml()).contains("<h2>対象</h2>");
    }

    @Test
    void anIntroductionInOneLanguageOnlyDoesNotShiftTheSections() {
        List<SideBySide.Row> rows = SideBySide.rows("An introduction.\n\n## Overview\n\nText.", "## 概要\n\n本文。");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).jaHtml()).isEmpty();
        assertThat(rows.get(1).enHtml()).contains("Overview");
        assertThat(rows.get(1).jaHtml()).contains("概要");
    }

    @Test
    void aMissingSectionIsLeftEmpty() {
        List<SideBySide.Row> rows = SideBySide.rows("## A\n\nx\n\n## B\n\ny", "## エー\n\nx");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).jaHtml()).isEmpty();
    }
}
