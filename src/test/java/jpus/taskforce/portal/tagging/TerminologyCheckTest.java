package jpus.taskforce.portal.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;

/** The two language versions use the glossary's terms for each other; what they do not is a warning. */
@Tag("unit")
class TerminologyCheckTest {

    private static final List<TerminologyCheck.Term> GLOSSARY = List.of(
            new TerminologyCheck.Term("grievance mechanism", "苦情処理メカニズム",
                    List.of("grievance mechanisms", "complaints mechanism", "苦情処理制度", "苦情処理の仕組み")),
            new TerminologyCheck.Term("forced labor", "強制労働", List.of("forced labour")),
            new TerminologyCheck.Term("International Labour Organization", "国際労働機関", List.of("ILO")),
            new TerminologyCheck.Term("Withhold Release Order", "違反商品保留命令", List.of("WRO", "detention")));

    @Test
    void aJapaneseVariantInPlaceOfTheGlossaryTermIsNamed() {
        var findings = TerminologyCheck.check(GLOSSARY,
                english("Set up a grievance mechanism for workers."), japanese("労働者のための苦情処理の仕組みを設ける。"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.missingIn()).isEqualTo(Language.JA);
            assertThat(f.message()).isEqualTo("the English uses \"grievance mechanism\"; the Japanese does not contain "
                    + "苦情処理メカニズム (found: 苦情処理の仕組み)");
        });
    }

    @Test
    void anEnglishVariantCountsAsUsingTheTerm() {
        var findings = TerminologyCheck.check(GLOSSARY, english("Forced labour is prohibited."), japanese("禁止されている。"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.term()).isEqualTo("forced labour");
            assertThat(f.expected()).isEqualTo("強制労働");
            assertThat(f.found()).isEmpty();
        });
    }

    @Test
    void theJapaneseTermWithoutTheEnglishOneIsFoundTheOtherWayRound() {
        var findings = TerminologyCheck.check(GLOSSARY, english("Workers may not be coerced."), japanese("強制労働を禁止する。"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.missingIn()).isEqualTo(Language.EN);
            assertThat(f.expected()).isEqualTo("forced labor");
        });
    }

    @Test
    void versionsThatUseTheTermsForEachOtherPass() {
        assertThat(TerminologyCheck.check(GLOSSARY, english("Forced labor and a grievance mechanism."),
                japanese("強制労働及び苦情処理メカニズム"))).isEmpty();
    }

    @Test
    void anAcronymBothVersionsWriteAlikeIsConsistent() {
        assertThat(TerminologyCheck.check(GLOSSARY, english("The ILO adopted it."), japanese("ILOが採択した。"))).isEmpty();
    }

    @Test
    void anAcronymTheOtherVersionDoesNotUseStillWarns() {
        assertThat(TerminologyCheck.check(GLOSSARY, english("The ILO adopted it."), japanese("採択された。")))
                .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("国際労働機関"));
    }

    @Test
    void aSingleOrdinaryWordAmongTheVariantsIsNotEnoughToWarn() {
        assertThat(TerminologyCheck.check(GLOSSARY, english("Goods face detention at the border."), japanese("国境で留め置かれる。")))
                .isEmpty();
    }

    @Test
    void aDocumentInOneLanguageIsNotChecked() {
        assertThat(TerminologyCheck.check(GLOSSARY, english("Forced labor."), null)).isEmpty();
    }

    private static LanguageText english(String body) {
        return new LanguageText("Title", "Summary.", null, null, body);
    }

    private static LanguageText japanese(String body) {
        return new LanguageText("表題", "概要", null, null, body);
    }
}
