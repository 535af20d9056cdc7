package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GlossaryExpansionTest {

    private final GlossaryExpansion expansion = GlossaryExpansion.of(List.of(
            new GlossaryExpansion.Term(List.of("forced labor", "強制労働", "forced labour")),
            new GlossaryExpansion.Term(List.of("human rights due diligence", "人権デュー・ディリジェンス", "HRDD")),
            new GlossaryExpansion.Term(List.of("due diligence", "デュー・ディリジェンス")),
            new GlossaryExpansion.Term(List.of("Uyghur Forced Labor Prevention Act", "ウイグル強制労働防止法", "UFLPA"))));

    @Test
    void aJapaneseTermGainsItsEnglishForms() {
        assertThat(expansion.expand("強制労働"))
                .isEqualTo("(強制労働 | \"forced labor\" | \"強制労働\" | \"forced labour\")");
    }

    @Test
    void anEnglishPhraseGainsItsJapaneseForm() {
        assertThat(expansion.expand("forced labor imports"))
                .isEqualTo("((forced + labor) | \"forced labor\" | \"強制労働\" | \"forced labour\") imports");
    }

    @Test
    void theLongestTermWins() {
        assertThat(expansion.expand("human rights due diligence")).contains("\"人権デュー・ディリジェンス\"")
                .doesNotContain("\"デュー・ディリジェンス\" |");
    }

    @Test
    void aJapaneseTermInsideARunOfTextIsFound() {
        assertThat(expansion.expand("強制労働輸入")).startsWith("(強制労働 | ").endsWith(")輸入");
    }

    @Test
    void anAbbreviationInFullWidthIsRecognised() {
        assertThat(expansion.expand("ＵＦＬＰＡ")).contains("\"ウイグル強制労働防止法\"", "\"uyghur forced labor prevention act\"");
    }

    @Test
    void aLatinTermMustBeAWholeWord() {
        assertThat(expansion.expand("hrddx audit")).isEqualTo("hrddx audit");
    }

    @Test
    void quotedPhrasesAreKeptAsTyped() {
        assertThat(expansion.expand("\"forced labor\" risk")).isEqualTo("\"forced labor\" risk");
    }

    @Test
    void anExcludedTermStaysExcluded() {
        assertThat(expansion.expand("audit -UFLPA")).isEqualTo("audit -UFLPA");
    }

    @Test
    void aQueryWithoutGlossaryTermsIsUnchanged() {
        assertThat(expansion.expand("Supplier Contracts")).isEqualTo("Supplier Contracts");
    }
}
