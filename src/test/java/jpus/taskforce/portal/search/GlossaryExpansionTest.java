package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jpus.taskforce.portal.document.Language;

@Tag("unit")
class GlossaryExpansionTest {

    private final GlossaryExpansion expansion = GlossaryExpansion.of(List.of(
            new GlossaryExpansion.Term(List.of("forced labor", "強制労働", "forced labour", "compulsory labor")),
            new GlossaryExpansion.Term(List.of("human rights due diligence", "人権デュー・ディリジェンス", "HRDD")),
            new GlossaryExpansion.Term(List.of("due diligence", "デュー・ディリジェンス")),
            new GlossaryExpansion.Term(List.of("Uyghur Forced Labor Prevention Act", "ウイグル強制労働防止法", "UFLPA"))));

    @Test
    void formsThatDifferOnlyInBritishSpellingAreOneAlternative() {
        // The English analysis reads "labour" as "labor": both forms would count the concept twice.
        assertThat(expansion.expand("forced labour", Language.EN)).isEqualTo("((forced + labour) | (compulsory + labor))");
    }

    @Test
    void aJapaneseTermSearchesTheEnglishSideWithItsEnglishFormsOnly() {
        assertThat(expansion.expand("強制労働", Language.EN)).isEqualTo("((forced + labor) | (compulsory + labor))");
    }

    @Test
    void aJapaneseTermSearchesTheJapaneseSideAsTyped() {
        assertThat(expansion.expand("強制労働", Language.JA)).isEqualTo("強制労働");
    }

    @Test
    void anEnglishPhraseGainsItsJapaneseFormOnTheJapaneseSideAndKeepsItsWordsAsTyped() {
        assertThat(expansion.expand("forced labor imports", Language.JA)).isEqualTo("((forced + labor) | 強制労働) imports");
        assertThat(expansion.expand("forced labor imports", Language.EN))
                .isEqualTo("((forced + labor) | (compulsory + labor)) imports");
    }

    @Test
    void theLongestTermWins() {
        assertThat(expansion.expand("human rights due diligence", Language.JA)).contains("人権デュー・ディリジェンス")
                .doesNotContain("| デュー・ディリジェンス");
    }

    @Test
    void aJapaneseTermInsideARunOfTextIsFound() {
        assertThat(expansion.expand("強制労働輸入", Language.EN)).isEqualTo("((forced + labor) | (compulsory + labor))輸入");
    }

    @Test
    void anAbbreviationInFullWidthIsRecognised() {
        assertThat(expansion.expand("ＵＦＬＰＡ", Language.JA)).isEqualTo("(uflpa | ウイグル強制労働防止法)");
        assertThat(expansion.expand("ＵＦＬＰＡ", Language.EN)).contains("(uyghur + forced + labor + prevention + act)");
    }

    @Test
    void aLatinTermMustBeAWholeWord() {
        assertThat(expansion.expand("hrddx audit", Language.EN)).isEqualTo("hrddx audit");
    }

    @Test
    void quotedPhrasesAreKeptAsTyped() {
        assertThat(expansion.expand("\"forced labor\" risk", Language.EN)).isEqualTo("\"forced labor\" risk");
    }

    @Test
    void anExcludedTermStaysExcluded() {
        assertThat(expansion.expand("audit -UFLPA", Language.EN)).isEqualTo("audit -UFLPA");
    }

    @Test
    void aQueryWithoutGlossaryTermsIsUnchanged() {
        assertThat(expansion.expand("Supplier Contracts", Language.JA)).isEqualTo("Supplier Contracts");
    }

    @Test
    void aSplitQueryGivesEachSideItsGroupsAndKeepsTheOtherWords() {
        GlossaryExpansion.Parts parts = expansion.split("how to stop forced labor");
        assertThat(parts.groups(Language.EN)).isEqualTo("((forced + labor) | (compulsory + labor))");
        assertThat(parts.groups(Language.JA)).isEqualTo("((forced + labor) | 強制労働)");
        assertThat(parts.otherWords()).isEqualTo("how to stop");
    }
}
