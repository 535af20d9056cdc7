package jpus.taskforce.portal.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.Indexing;

/**
 * Measured relevance: runs the judged queries of src/test/resources/relevance/judgments.yaml
 * through the search API as a reader would (first page, reader's language) and requires, in every
 * group, nDCG@10 ≥ 0.75 and recall@10 ≥ 0.90. The table is printed and written to
 * target/relevance-report.md; docs/relevance.md records the latest figures.
 */
@QuarkusTest
class RelevanceTest {

    private static final int K = 10;
    private static final double MIN_NDCG = 0.75;
    private static final double MIN_RECALL = 0.90;

    record Judgment(String id, String group, String lang, String query, Map<String, Integer> relevant) {
    }

    record Outcome(Judgment judgment, List<String> ranked, double ndcg, double recall) {
    }

    @Inject
    Indexing indexing;

    @Test
    void everyGroupOfJudgedQueriesMeetsTheThresholds() throws IOException {
        indexing.awaitIndexed();
        List<Judgment> judgments = judgments();
        Map<String, List<Outcome>> byGroup = new TreeMap<>();
        for (Judgment judgment : judgments) {
            // The suite's fixture documents are not part of the judged corpus: leave them out of the ranking.
            List<String> ranked = given().queryParam("q", judgment.query()).queryParam("lang", judgment.lang())
                    .queryParam("size", 2 * K).when().get("/api/v1/documents")
                    .then().statusCode(200).extract().jsonPath().getList("hits.slug", String.class)
                    .stream().filter(slug -> !slug.startsWith("fixture-")).limit(K).toList();
            byGroup.computeIfAbsent(judgment.group(), g -> new ArrayList<>()).add(new Outcome(judgment, ranked,
                    RankingMetrics.ndcg(ranked, judgment.relevant(), K), RankingMetrics.recall(ranked, judgment.relevant(), K)));
        }
        String report = report(byGroup);
        System.out.println(report);
        Files.writeString(Path.of("target", "relevance-report.md"), report);

        assertThat(byGroup).allSatisfy((group, outcomes) -> {
            assertThat(mean(outcomes, Outcome::ndcg)).as("nDCG@10 of group %s", group).isGreaterThanOrEqualTo(MIN_NDCG);
            assertThat(mean(outcomes, Outcome::recall)).as("recall@10 of group %s", group).isGreaterThanOrEqualTo(MIN_RECALL);
        });
    }

    private static List<Judgment> judgments() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/judgments.yaml")) {
            return new YAMLMapper().readValue(in, new TypeReference<List<Judgment>>() {
            });
        }
    }

    private static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> metric) {
        return outcomes.stream().mapToDouble(metric).average().orElse(0);
    }

    private static String report(Map<String, List<Outcome>> byGroup) {
        StringBuilder out = new StringBuilder("| group | queries | nDCG@10 | recall@10 |\n|---|---|---|---|\n");
        byGroup.forEach((group, outcomes) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", group,
                outcomes.size(), mean(outcomes, Outcome::ndcg), mean(outcomes, Outcome::recall))));
        out.append("\nQueries below 0.75 nDCG@10 or 1.0 recall@10:\n\n");
        byGroup.values().stream().flatMap(List::stream)
                .filter(o -> o.ndcg() < MIN_NDCG || o.recall() < 1.0)
                .forEach(o -> out.append(String.format(Locale.ROOT, "- %s `%s`: nDCG %.2f, recall %.2f; missing %s; top %s%n",
                        o.judgment().id(), o.judgment().query(), o.ndcg(), o.recall(),
                        o.judgment().relevant().keySet().stream().filter(s -> !o.ranked().contains(s)).toList(),
                        o.ranked().stream().limit(5).toList())));
        return out.toString();
    }
}
