package jpus.taskforce.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Language;

/** How the content folder is read: what is accepted, and how each kind of mistake is reported. */
@Tag("unit")
class ContentReaderTest {

    @TempDir
    Path root;

    @BeforeEach
    void vocabularies() throws IOException {
        write("agencies.yaml", """
                - id: cbp
                  government: US
                  labels: {en: "CBP", ja: "米国税関・国境警備局"}
                """);
        write("topics.yaml", """
                - id: forced-labor
                  labels: {en: "Forced labor", ja: "強制労働"}
                """);
        write("glossary.yaml", """
                - en: forced labor
                  ja: 強制労働
                  variants: [forced labour]
                  definition: {en: "Work exacted under threat.", ja: "脅しの下で強いられる労働。"}
                """);
        write("goods.yaml", """
                - id: solar
                  labels: {en: "Solar products", ja: "太陽光関連製品"}
                - id: polysilicon
                  parent: solar
                  labels: {en: "Polysilicon", ja: "多結晶シリコン"}
                  variants: {ja: [ポリシリコン]}
                """);
        write("regions.yaml", """
                - id: CN
                  labels: {en: "China", ja: "中国"}
                - id: CN-XJ
                  parent: CN
                  labels: {en: "Xinjiang", ja: "新疆ウイグル自治区"}
                """);
    }

    @Test
    void aWellFormedDocumentIsRead() throws IOException {
        document("us-uflpa", META, EN, JA);

        ContentSnapshot snapshot = ContentReader.read(root);

        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.documents()).singleElement().satisfies(d -> {
            assertThat(d.slug()).isEqualTo("us-uflpa");
            assertThat(d.metadata().type()).isEqualTo(DocumentType.LAW);
            assertThat(d.metadata().issued()).hasToString("2021-12-23");
            assertThat(d.versions()).containsOnlyKeys(Language.EN, Language.JA);
            assertThat(d.versions().get(Language.JA).title()).isEqualTo("ウイグル強制労働防止法");
        });
        assertThat(snapshot.glossary()).singleElement().satisfies(g -> assertThat(g.ja()).isEqualTo("強制労働"));
    }

    @Test
    void theSameFilesAlwaysGiveTheSameHash() throws IOException {
        document("us-uflpa", META, EN, JA);
        String first = ContentReader.read(root).documents().get(0).hash();
        assertThat(ContentReader.read(root).documents().get(0).hash()).isEqualTo(first);

        write("documents/us-uflpa/en.md", EN.replace("Summary.", "A changed summary."));
        assertThat(ContentReader.read(root).documents().get(0).hash()).isNotEqualTo(first);
    }

    @Test
    void aMalformedFileIsRejectedByNameWhileTheOthersLoad() throws IOException {
        document("us-uflpa", META, EN, JA);
        document("broken-doc", "type: law\ngovernment: [unclosed", EN, JA);

        ContentSnapshot snapshot = ContentReader.read(root);

        assertThat(snapshot.documents()).extracting(DocumentSource::slug).containsExactly("us-uflpa");
        assertThat(snapshot.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("documents/broken-doc/meta.yaml");
            assertThat(p.message()).contains("not valid YAML");
        });
    }

    @Test
    void anUnknownKeyIsNamed() throws IOException {
        document("us-uflpa", META + "colour: blue\n", EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("unknown key 'colour'"));
    }

    @Test
    void aTopicOutsideTheVocabularyIsRefused() throws IOException {
        document("us-uflpa", META.replace("[forced-labor]", "[forced-labour]"), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("topic 'forced-labour' is not in topics.yaml"));
    }

    @Test
    void anAgencyOfAnotherGovernmentIsRefused() throws IOException {
        document("us-uflpa", META.replace("government: US", "government: JP"), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("belongs to US"));
    }

    @Test
    void theSourceMustBeHttps() throws IOException {
        document("us-uflpa", META.replace("https://www.cbp.gov/", "http://www.cbp.gov/"), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must be an https URL"));
    }

    @Test
    void anInvalidDateIsNamed() throws IOException {
        document("us-uflpa", META.replace("2021-12-23", "2021-13-23"), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'issued'").contains("not a real date"));
    }

    @Test
    void aMissingLanguageMustBeDeclared() throws IOException {
        document("us-uflpa", META, EN, null);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has only en.md"));
    }

    @Test
    void aDeclaredSingleLanguageDocumentIsAccepted() throws IOException {
        document("us-uflpa", META + "singleLanguage: {language: en, reason: \"Official text in English only.\"}\n", EN, null);
        ContentSnapshot snapshot = ContentReader.read(root);
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.documents().get(0).metadata().singleLanguageReason()).isEqualTo("Official text in English only.");
    }

    @Test
    void aVersionWithoutSummaryIsRefused() throws IOException {
        document("us-uflpa", META, EN.replace("summary: Summary.\n", ""), JA);
        assertThat(ContentReader.read(root).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("documents/us-uflpa/en.md");
            assertThat(p.message()).contains("'summary' is required");
        });
    }

    @Test
    void aFolderNameThatIsNotASlugIsRefused() throws IOException {
        document("Bad_Slug", META, EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("slug"));
    }

    @Test
    void provenanceIsRequired() throws IOException {
        document("us-uflpa", META.replace("provenance: official\n", ""), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'provenance' is required"));
    }

    @Test
    void anEditorialNoteNamesThePortalsEditorsAsItsAuthor() throws IOException {
        write("agencies.yaml", Files.readString(root.resolve("agencies.yaml")) + """
                - id: portal-editors
                  government: JOINT
                  editorial: true
                  labels: {en: "Editors", ja: "編集担当"}
                """);
        document("note-on-audits", META.replace("provenance: official", "provenance: editorial"), EN, JA);
        document("note-by-editors", META.replace("agency: cbp", "agency: portal-editors"), EN, JA);

        assertThat(ContentReader.read(root).problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "an editorial document names the portal's editors as its agency, not 'cbp'",
                "agency 'portal-editors' is the portal's editors: provenance must be editorial");
    }

    @Test
    void anEnactedInstrumentSaysWhenItTakesEffect() throws IOException {
        document("us-uflpa", META.replace("status: in-force", "status: enacted").replace("effective: 2022-06-21\n", ""), EN, JA);
        assertThat(ContentReader.read(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'enacted' needs the 'effective' date"));
    }

    @Test
    void aReviewDateIsADayInThePast() throws IOException {
        document("us-uflpa", META.replace("reviewed: 2026-11-01", "reviewed: 2026-11"), EN, JA);
        document("us-uflpa-future", META.replace("reviewed: 2026-11-01", "reviewed: 2999-01-01"), EN, JA);
        assertThat(ContentReader.read(root).problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "'reviewed' must be a date as YYYY-MM-DD, found '2026-11'", "'reviewed' 2999-01-01 is in the future");
    }

    @Test
    void goodsAndRegionsComeFromTheirVocabularies() throws IOException {
        document("us-uflpa", META + "goods: [polysilicon]\nregions: [CN-XJ]\n", EN, JA);
        document("us-uflpa-tomatoes", META + "goods: [tomatoes]\n", EN, JA);

        ContentSnapshot snapshot = ContentReader.read(root);

        assertThat(snapshot.documents()).singleElement().satisfies(d -> {
            assertThat(d.metadata().goods()).containsExactly("polysilicon");
            assertThat(d.metadata().regions()).containsExactly("CN-XJ");
        });
        assertThat(snapshot.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("good 'tomatoes' is not in goods.yaml"));
    }

    @Test
    void aVocabularyEntryUnderAMissingParentIsRefused() throws IOException {
        write("regions.yaml", """
                - id: CN-XJ
                  parent: CN
                  labels: {en: "Xinjiang", ja: "新疆ウイグル自治区"}
                - id: cn
                  labels: {en: "China", ja: "中国"}
                """);
        assertThat(ContentReader.read(root).problems()).filteredOn(p -> p.file().equals("regions.yaml"))
                .extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "region id 'cn' is not of the form [A-Z]{2}(-[A-Z0-9]{1,3})?",
                "region 'CN-XJ': parent 'CN' is not listed");
    }

    @Test
    void duplicateGlossaryTermsAreReported() throws IOException {
        write("glossary.yaml", """
                - en: forced labor
                  ja: 強制労働
                - en: Forced Labor
                  ja: 強制的な労働
                """);
        assertThat(ContentReader.read(root).problems()).filteredOn(p -> p.file().equals("glossary.yaml"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("listed twice"));
    }

    private static final String META = """
            type: law
            government: US
            agency: cbp
            topics: [forced-labor]
            issued: 2021-12-23
            effective: 2022-06-21
            status: in-force
            binding: true
            provenance: official
            reviewed: 2026-11-01
            citation: Public Law 117-78
            sourceUrl: https://www.cbp.gov/
            """;
    private static final String EN = """
            ---
            title: Uyghur Forced Labor Prevention Act
            summary: Summary.
            ---
            Body text.
            """;
    private static final String JA = """
            ---
            title: ウイグル強制労働防止法
            summary: 概要です。
            ---
            本文です。
            """;

    private void document(String slug, String meta, String en, String ja) throws IOException {
        write("documents/" + slug + "/meta.yaml", meta);
        if (en != null) {
            write("documents/" + slug + "/en.md", en);
        }
        if (ja != null) {
            write("documents/" + slug + "/ja.md", ja);
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
