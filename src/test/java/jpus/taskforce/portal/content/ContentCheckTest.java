package jpus.taskforce.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jpus.taskforce.portal.content.ContentCheck.Finding;
import jpus.taskforce.portal.content.ContentCheck.Severity;

/** The editors' content check: what it reports about files that load, and how severely. */
@Tag("unit")
class ContentCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path root;

    @BeforeEach
    void vocabularies() throws IOException {
        write("agencies.yaml", """
                - id: cbp
                  government: US
                  labels: {en: "CBP", ja: "米国税関・国境警備局"}
                  sites: [cbp.gov]
                - id: portal-editors
                  government: JOINT
                  editorial: true
                  labels: {en: "Editors", ja: "編集担当"}
                """);
        write("topics.yaml", """
                - id: forced-labor
                  labels: {en: "Forced labor", ja: "強制労働"}
                """);
        write("glossary.yaml", "[]\n");
        write("goods.yaml", """
                - id: cotton
                  labels: {en: "Cotton", ja: "綿"}
                  variants: {ja: [綿花]}
                """);
        write("regions.yaml", """
                - id: CN-XJ
                  labels: {en: "Xinjiang", ja: "新疆ウイグル自治区"}
                  variants: {ja: [新疆]}
                """);
    }

    @Test
    void aDocumentThatSaysTheSameInBothLanguagesPasses() throws IOException {
        document("us-cotton", META, EN, JA);
        assertThat(check()).isEmpty();
    }

    @Test
    void aSourceOffTheIssuingBodysSiteIsAnErrorUnlessTheFileSaysWhy() throws IOException {
        document("us-cotton", META.replace("https://www.cbp.gov/trade", "https://www.example.org/trade"), EN, JA);
        document("us-cotton-explained", META.replace("https://www.cbp.gov/trade", "https://www.dhs.gov/trade")
                + "sourceException: \"The enforcing department publishes the only official text.\"\n", EN, JA);

        assertThat(check()).extracting(Finding::severity, Finding::check, Finding::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "source", "documents/us-cotton/meta.yaml"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "source", "documents/us-cotton-explained/meta.yaml"));
    }

    @Test
    void anEditorialNoteMayCiteAnyIssuingBodysSite() throws IOException {
        document("note-on-cotton", META.replace("agency: cbp", "agency: portal-editors")
                .replace("provenance: official", "provenance: editorial").replace("government: US", "government: JOINT"), EN, JA);
        assertThat(check()).isEmpty();
    }

    @Test
    void aYearStatedInOneLanguageOnlyIsAnError() throws IOException {
        document("us-cotton", META, EN.replace("since 2021.", "since 2021, and again in 2023."), JA);
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("years");
            assertThat(f.message()).contains("only in en.md [2023]");
        });
    }

    @Test
    void japaneseEraYearsCountAsTheirCalendarYears() {
        assertThat(YearMentions.in("令和6年法律第60号、平成元年、昭和22年（1947年）")).containsExactly(1947, 1989, 2024);
        assertThat(YearMentions.in("Act No. 60 of 2024, see https://example.go.jp/2019/x.html and 12,000 workers"))
                .containsExactly(2024);
    }

    @Test
    void aTagNoSentenceBacksIsAnError() throws IOException {
        document("us-cotton", META, EN.replace("Xinjiang", "the region"), JA);
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("tags");
            assertThat(f.file()).isEqualTo("documents/us-cotton/en.md");
            assertThat(f.message()).contains("region 'CN-XJ'");
        });
    }

    @Test
    void aGlossaryTermOneVersionUsesAndTheOtherLacksIsAWarning() throws IOException {
        write("glossary.yaml", """
                - en: withhold release order
                  ja: 違反商品保留命令
                  variants: [WRO]
                  definition: {en: "An order.", ja: "命令である。"}
                - en: forced labor
                  ja: 強制労働
                  variants: [forced labour]
                  definition: {en: "Work under threat.", ja: "強制された労働である。"}
                """);
        document("us-cotton", META, EN, JA.replace("違反商品保留命令", "輸入保留命令"));
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.check()).isEqualTo("terminology");
            assertThat(f.file()).isEqualTo("documents/us-cotton/ja.md");
            assertThat(f.message()).isEqualTo("the English uses \"withhold release order\"; the Japanese does not contain 違反商品保留命令");
        });
    }

    @Test
    void aReviewOlderThanAYearIsAWarning() throws IOException {
        document("us-cotton", META.replace("reviewed: 2026-11-01", "reviewed: 2025-11-30"), EN, JA);
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.check()).isEqualTo("review");
        });
    }

    @Test
    void theKnowledgeBaseHasNoErrors() {
        ContentCheck.Report report = ContentCheck.run(Path.of("content"), LocalDate.now());
        assertThat(report.errors()).as("errors of ./portal content check on content/").isEmpty();
    }

    private List<Finding> check() {
        return ContentCheck.run(root, TODAY).findings();
    }

    private static final String META = """
            type: regulation
            government: US
            agency: cbp
            topics: [forced-labor]
            goods: [cotton]
            regions: [CN-XJ]
            issued: 2021-01-13
            status: in-force
            binding: true
            provenance: official
            reviewed: 2026-11-01
            sourceUrl: https://www.cbp.gov/trade
            """;
    private static final String EN = """
            ---
            title: Withhold Release Order on cotton
            summary: Cotton products from Xinjiang are detained since 2021.
            ---
            Importers of cotton from Xinjiang must show that no forced labor was used.
            """;
    private static final String JA = """
            ---
            title: 綿製品に対する違反商品保留命令
            summary: 新疆ウイグル自治区産の綿製品は2021年から留め置かれています。
            ---
            新疆産の綿花を輸入する者は、強制労働によらないことを示す必要があります。
            """;

    private void document(String slug, String meta, String en, String ja) throws IOException {
        write("documents/" + slug + "/meta.yaml", meta);
        write("documents/" + slug + "/en.md", en);
        write("documents/" + slug + "/ja.md", ja);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
