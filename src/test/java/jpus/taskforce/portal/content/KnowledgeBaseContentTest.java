package jpus.taskforce.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/** The real content/ folder, validated as the portal would load it. */
@Tag("unit")
class KnowledgeBaseContentTest {

    /** Official hosts: every document cites its issuing body's own site. */
    private static final List<String> OFFICIAL_HOSTS = List.of(".go.jp", ".gov", "ilo.org", "oecd.org", "ohchr.org",
            "un.org");

    private static ContentSnapshot content;

    @BeforeAll
    static void read() {
        content = ContentReader.read(Path.of("content"));
    }

    @Test
    void everyFileIsValid() {
        assertThat(content.problems()).as("problems in content/").isEmpty();
    }

    @Test
    void theCorpusCoversBothGovernmentsTheTaskForceAndInternationalFrameworks() {
        assertThat(content.documents()).hasSizeGreaterThanOrEqualTo(70);
        // A bilateral task force: neither government's side may be thin.
        assertThat(content.documents()).filteredOn(d -> d.metadata().government() == Government.JP).hasSizeGreaterThanOrEqualTo(20);
        assertThat(content.documents()).filteredOn(d -> d.metadata().government() == Government.US).hasSizeGreaterThanOrEqualTo(20);
        for (Government government : Government.values()) {
            assertThat(content.documents()).as("documents of %s", government)
                    .anyMatch(d -> d.metadata().government() == government);
        }
    }

    @Test
    void everyDocumentSaysWhatItIsAndWhenItsFactsWereLastChecked() {
        assertThat(content.documents()).allSatisfy(d -> {
            assertThat(d.metadata().provenance()).as("provenance of %s", d.slug()).isNotNull();
            assertThat(d.metadata().reviewed()).as("reviewed date of %s", d.slug()).isNotNull();
        });
    }

    @Test
    void everyDocumentIsInBothLanguagesUnlessItSaysWhyNot() {
        assertThat(content.documents())
                .allSatisfy(d -> assertThat(d.versions().size() == Language.values().length
                        || d.metadata().singleLanguageReason() != null).as(d.slug()).isTrue());
    }

    @Test
    void everyDocumentCitesAnOfficialHttpsSource() {
        assertThat(content.documents()).allSatisfy(d -> {
            URI source = URI.create(d.metadata().sourceUrl());
            assertThat(source.getScheme()).as(d.slug()).isEqualTo("https");
            assertThat(OFFICIAL_HOSTS).as("%s cites %s", d.slug(), source.getHost())
                    .anyMatch(host -> source.getHost().endsWith(host));
        });
    }

    @Test
    void theTopicVocabularyIsDescribedInBothLanguages() {
        assertThat(content.topics()).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(t -> {
                    assertThat(t.description()).as(t.id()).isNotNull();
                    assertThat(t.description().en()).as(t.id()).isNotBlank();
                    assertThat(t.description().ja()).as(t.id()).isNotBlank();
                });
    }

    @Test
    void theGlossaryHasEnoughDefinedPairs() {
        assertThat(content.glossary()).hasSizeGreaterThanOrEqualTo(80)
                .allSatisfy(g -> {
                    assertThat(g.definition()).as(g.en()).isNotNull();
                    assertThat(g.definition().en()).as(g.en()).isNotBlank();
                    assertThat(g.definition().ja()).as(g.en()).isNotBlank();
                });
    }

    @Test
    void theGlossaryCarriesTheTermsCrossLanguageSearchNeeds() {
        Set<String> english = Set.copyOf(content.glossary().stream().map(g -> g.en().toLowerCase()).toList());
        assertThat(english).contains("forced labor", "child labor", "human rights due diligence", "grievance mechanism",
                "withhold release order");
    }
}
