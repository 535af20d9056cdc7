package jpus.taskforce.portal.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.Indexing;

/**
 * Measured relevance: runs the judged queries of src/test/resources/relevance/judgments.yaml
 * through the search API as a reader would (first page, reader's language) and requires, in every
 * group, nDCG@10 ≥ 0.75 and recall@10 ≥ 0.90.
 * <p>
 * It also holds the ranking to its recorded figures (src/test/resources/relevance/recorded.tsv, one
 * line per query): no group's nDCG@10 may fall more than 0.02 below its recorded mean, and no query
 * that found a judged document in its first ten may find none. A change that moves the ranking on
 * purpose records the new figures (the test writes them to target/relevance-recorded.tsv). The
 * table, and every query that moved since the recording, go to target/relevance-report.md;
 * docs/relevance.md records the latest figures.
 * <p>
 * It runs first among the tests that share the default profile's portal, so it ranks the knowledge
 * base as shipped: documents other tests publish would change the words' statistics, and with them
 * the figures, depending on which tests ran before.
 */
@QuarkusTest
@Order(1)
class RelevanceTest {

    private static final int K = 10;
    private static final double MIN_NDCG = 0.75;
    private static final double MIN_RECALL = 0.90;
    private static final double MAX_GROUP_DROP = 0.02;
    private static final String RECORDED = "/relevance/recorded.tsv";

    record Judgment(String id, String group, String lang, String query, Map<String, Integer> relevant) {
    }

    record Outcome(Judgment judgment, List<String> ranked, double ndcg, double recall) {

        String line() {
            return String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f", judgment.id(), judgment.group(), ndcg, recall);
        }
    }

    /** A query's figures as recorded. */
    record Recorded(String group, double ndcg, double recall) {
    }

    @Inject
    Indexing indexing;

    @Test
    void everyGroupOfJudgedQueriesMeetsTheThresholdsAndNoneFallsBelowItsRecord() throws IOException {
        indexing.awaitIndexed();
        Map<String, List<Outcome>> byGroup = new TreeMap<>();
        Set<String> judgedCorpus = judgedCorpus();
        for (Judgment judgment : judgments()) {
            // Only the knowledge base is judged: the suite's fixtures and the documents other tests
            // publish are left out of the ranking, so the figures do not depend on which tests ran first.
            List<String> ranked = given().queryParam("q", judgment.query()).queryParam("lang", judgment.lang())
                    .queryParam("size", 4 * K).when().get("/api/v1/documents")
                    .then().statusCode(200).extract().jsonPath().getList("hits.slug", String.class)
                    .stream().filter(judgedCorpus::contains).limit(K).toList();
            byGroup.computeIfAbsent(judgment.group(), g -> new ArrayList<>()).add(new Outcome(judgment, ranked,
                    RankingMetrics.ndcg(ranked, judgment.relevant(), K), RankingMetrics.recall(ranked, judgment.relevant(), K)));
        }
        Map<String, Recorded> recorded = recorded();
        String report = report(byGroup, recorded);
        System.out.println(report);
        Files.writeString(Path.of("target", "relevance-report.md"), report);
        Files.writeString(Path.of("target", "relevance-recorded.tsv"), String.join("\n",
                byGroup.values().stream().flatMap(List::stream).map(Outcome::line).toList()) + "\n");

        assertThat(byGroup).allSatisfy((group, outcomes) -> {
            assertThat(mean(outcomes, Outcome::ndcg)).as("nDCG@10 of group %s", group).isGreaterThanOrEqualTo(MIN_NDCG);
            assertThat(mean(outcomes, Outcome::recall)).as("recall@10 of group %s", group).isGreaterThanOrEqualTo(MIN_RECALL);
            List<Outcome> comparable = outcomes.stream().filter(o -> recorded.containsKey(o.judgment().id())).toList();
            if (!comparable.isEmpty()) {
                double before = comparable.stream().mapToDouble(o -> recorded.get(o.judgment().id()).ndcg()).average().orElse(0);
                assertThat(mean(comparable, Outcome::ndcg)).as("nDCG@10 of group %s against its recorded %.3f", group, before)
                        .isGreaterThanOrEqualTo(before - MAX_GROUP_DROP);
            }
        });
        assertThat(byGroup.values().stream().flatMap(List::stream)
                .filter(o -> recorded.containsKey(o.judgment().id()) && recorded.get(o.judgment().id()).recall() > 0
                        && o.recall() == 0)
                .map(o -> o.judgment().id()))
                .as("queries that found a judged document in their first ten when recorded and now find none")
                .isEmpty();
    }

    /** The documents of content/, which the judgments are about. */
    private static Set<String> judgedCorpus() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("content", "documents"))) {
            return folders.map(folder -> folder.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<Judgment> judgments() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/judgments.yaml")) {
            return new YAMLMapper().readValue(in, new TypeReference<List<Judgment>>() {
            });
        }
    }

    private static Map<String, Recorded> recorded() throws IOException {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        try (InputStream in = RelevanceTest.class.getResourceAsStream(RECORDED)) {
            if (in == null) {
                return recorded;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 4 && !line.startsWith("#")) {
                    recorded.put(f[0], new Recorded(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                }
            }
        }
        return recorded;
    }

    private static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> metric) {
        return outcomes.stream().mapToDouble(metric).average().orElse(0);
    }

    private static String report(Map<String, List<Outcome>> byGroup, Map<String, Recorded> recorded) {
        StringBuilder out = new StringBuilder(
                "| group | queries | nDCG@10 | recall@10 | recorded nDCG@10 | recorded recall@10 |\n|---|---|---|---|---|---|\n");
        byGroup.forEach((group, outcomes) -> {
            List<Recorded> before = outcomes.stream().map(o -> recorded.get(o.judgment().id()))
                    .filter(java.util.Objects::nonNull).toList();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %s |%n", group, outcomes.size(),
                    mean(outcomes, Outcome::ndcg), mean(outcomes, Outcome::recall),
                    before.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f (%d)",
                            before.stream().mapToDouble(Recorded::ndcg).average().orElse(0), before.size()),
                    before.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f",
                            before.stream().mapToDouble(Recorded::recall).average().orElse(0))));
        });
        out.append("\nQueries that moved since the recorded figures (nDCG@10 or recall@10 changed by 0.01 or more):\n\n");
        byGroup.values().stream().flatMap(List::stream)
                .filter(o -> recorded.containsKey(o.judgment().id()))
                .filter(o -> Math.abs(o.ndcg() - recorded.get(o.judgment().id()).ndcg()) >= 0.01
                        || Math.abs(o.recall() - recorded.get(o.judgment().id()).recall()) >= 0.01)
                .forEach(o -> out.append(String.format(Locale.ROOT, "- %s `%s`: nDCG %.2f → %.2f, recall %.2f → %.2f; top %s%n",
                        o.judgment().id(), o.judgment().query(), recorded.get(o.judgment().id()).ndcg(), o.ndcg(),
                        recorded.get(o.judgment().id()).recall(), o.recall(), o.ranked().stream().limit(5).toList())));
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
