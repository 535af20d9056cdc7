package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;

/**
 * Counts as the search page words them: singular and plural (the counts are longs, which Qute's
 * {@code #is 1} never equals), and beyond the 10,000 hits the engine counts, "or more", never an exact
 * figure the engine did not count.
 */
@QuarkusTest
class ResultCountWordingTest {

    @Test
    void anExactCountIsStatedAsItIs() {
        assertThat(Labels.in(Language.EN).search_results_count(1, true)).isEqualTo("1 document");
        assertThat(Labels.in(Language.EN).search_results_count(71, true)).isEqualTo("71 documents");
        assertThat(Labels.in(Language.JA).search_results_count(71, true)).isEqualTo("71件");
    }

    @Test
    void aCappedCountSaysItIsALowerBound() {
        assertThat(Labels.in(Language.EN).search_results_count(10_000, false)).isEqualTo("10000 or more documents");
        assertThat(Labels.in(Language.JA).search_results_count(10_000, false)).isEqualTo("10000件以上");
    }

    @Test
    void theWidenedResultsSayHowManyContainEveryWord() {
        assertThat(Labels.in(Language.EN).search_some_words_hint(0)).startsWith("No document contains");
        assertThat(Labels.in(Language.EN).search_some_words_hint(1)).startsWith("Only 1 document contains");
        assertThat(Labels.in(Language.EN).search_some_words_hint(3)).startsWith("Only 3 documents contain");
    }
}
