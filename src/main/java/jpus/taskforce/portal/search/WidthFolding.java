package jpus.taskforce.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules for a {@code mapping} character filter that folds full-width Latin letters and digits to
 * ASCII and half-width katakana to full-width (ＵＦＬＰＡ → UFLPA, ｶﾀｶﾅ → カタカナ, ｶﾞ → ガ) before
 * tokenisation. The rules are derived from Unicode NFKC rather than typed in by hand, and use only
 * the stock {@code mapping} filter, so the same index settings work on any Elasticsearch or
 * OpenSearch cluster, with or without the ICU plugin.
 */
final class WidthFolding {

    private static final char HALF_WIDTH_VOICED_MARK = '\uFF9E';
    private static final char HALF_WIDTH_SEMI_VOICED_MARK = '\uFF9F';

    private WidthFolding() {
    }

    static List<String> mappingRules() {
        List<String> rules = new ArrayList<>();
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            addRule(rules, String.valueOf(c));
        }
        for (char c = '\uFF61'; c <= '\uFF9D'; c++) {
            addRule(rules, String.valueOf(c));
            // Voiced forms are two half-width characters but one full-width one: map the pair.
            addRule(rules, "" + c + HALF_WIDTH_VOICED_MARK);
            addRule(rules, "" + c + HALF_WIDTH_SEMI_VOICED_MARK);
        }
        return rules;
    }

    private static void addRule(List<String> rules, String from) {
        String to = Normalizer.normalize(from, Normalizer.Form.NFKC);
        boolean pairThatComposes = from.length() == 1 || to.length() == 1;
        if (!to.equals(from) && pairThatComposes && !to.isBlank()) {
            rules.add(escape(from) + " => " + escape(to));
        }
    }

    /** Every character as a {@code \\uXXXX} escape, so that '=', '>' or quotes never confuse the rule parser. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.toString();
    }
}
