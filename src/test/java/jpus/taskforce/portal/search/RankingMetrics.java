package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;

/** nDCG@k and recall@k over graded judgments (2 = the answer, 1 = useful). */
final class RankingMetrics {

    private RankingMetrics() {
    }

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList(), k);
        return ideal == 0 ? 0 : dcg(ranked.stream().map(slug -> grades.getOrDefault(slug, 0)).toList(), k) / ideal;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long found = ranked.stream().limit(k).filter(grades::containsKey).count();
        return grades.isEmpty() ? 0 : (double) found / grades.size();
    }

    private static double dcg(List<Integer> gains, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
