package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RankingMetricsTest {

    private final Map<String, Integer> grades = Map.of("a", 2, "b", 1);

    @Test
    void theIdealOrderScoresOne() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), grades, 10)).isEqualTo(1.0);
    }

    @Test
    void aSwappedOrderScoresLess() {
        // DCG = 1/1 + 3/log2(3) = 2.893; ideal = 3/1 + 1/log2(3) = 3.631
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), grades, 10)).isCloseTo(0.797, within(0.001));
    }

    @Test
    void recallCountsRelevantDocumentsInTheFirstK() {
        assertThat(RankingMetrics.recall(List.of("x", "a", "y"), grades, 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(List.of("x", "a", "b"), grades, 2)).isEqualTo(0.5);
    }

    @Test
    void nothingFoundScoresZero() {
        assertThat(RankingMetrics.ndcg(List.of(), grades, 10)).isZero();
    }
}
