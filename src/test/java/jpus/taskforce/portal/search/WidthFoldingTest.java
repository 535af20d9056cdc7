package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WidthFoldingTest {

    @Test
    void foldsFullWidthLatinToAscii() {
        assertThat(WidthFolding.mappingRules()).contains("\\uFF35 => \\u0055"); // Ｕ => U
    }

    @Test
    void foldsHalfWidthKatakanaToFullWidth() {
        assertThat(WidthFolding.mappingRules()).contains("\\uFF76 => \\u30AB"); // ｶ => カ
    }

    @Test
    void composesAHalfWidthKanaWithItsVoicedMark() {
        assertThat(WidthFolding.mappingRules()).contains("\\uFF76\\uFF9E => \\u30AC"); // ｶﾞ => ガ
    }

    @Test
    void leavesPairsThatDoNotComposeToTheSingleCharacterRules() {
        assertThat(WidthFolding.mappingRules()).noneMatch(rule -> rule.startsWith("\\uFF71\\uFF9E")); // ｱﾞ has no composed form
    }
}
