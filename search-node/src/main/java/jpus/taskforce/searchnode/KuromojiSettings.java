package jpus.taskforce.searchnode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.util.CSVUtil;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.Analysis;

/** Options shared by the kuromoji tokenizer and the two kuromoji analyzers. */
final class KuromojiSettings {

    private static final String USER_DICTIONARY = "user_dictionary";
    private static final String USER_DICTIONARY_RULES = "user_dictionary_rules";

    private KuromojiSettings() {
    }

    /** {@code mode}: normal, search or extended; unknown values fall back to search, as in the official plugin. */
    static JapaneseTokenizer.Mode mode(Settings settings) {
        String value = settings.get("mode");
        if (value == null) {
            return JapaneseTokenizer.DEFAULT_MODE;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "normal":
                return JapaneseTokenizer.Mode.NORMAL;
            case "extended":
                return JapaneseTokenizer.Mode.EXTENDED;
            default:
                return JapaneseTokenizer.Mode.SEARCH;
        }
    }

    /**
     * {@code user_dictionary} (file under the config directory) or {@code user_dictionary_rules} (inline CSV
     * lines); {@code null} when neither is set. A duplicate surface form is an error unless {@code lenient}
     * is true (Elasticsearch's option), in which case the first entry wins.
     */
    static UserDictionary userDictionary(Environment env, Settings settings) {
        if (settings.get(USER_DICTIONARY) != null && settings.get(USER_DICTIONARY_RULES) != null) {
            throw new IllegalArgumentException(
                    "It is not allowed to use [" + USER_DICTIONARY + "] in conjunction with [" + USER_DICTIONARY_RULES + "]");
        }
        boolean lenient = settings.getAsBoolean("lenient", false);
        Set<String> surfaces = new HashSet<>();
        List<String> rules = Analysis.parseWordList(env, settings, USER_DICTIONARY, USER_DICTIONARY_RULES, rule -> {
            String[] fields = CSVUtil.parse(rule);
            if (fields.length == 0) {
                throw new IllegalArgumentException("Malformed csv in user dictionary.");
            }
            if (surfaces.add(fields[0])) {
                return rule;
            }
            if (lenient) {
                return null;
            }
            throw new IllegalArgumentException("Found duplicate term [" + fields[0] + "] in user dictionary.");
        });
        if (rules == null || rules.stream().allMatch(Objects::isNull)) {
            return null;
        }
        StringBuilder csv = new StringBuilder();
        rules.stream().filter(Objects::nonNull).forEach(rule -> csv.append(rule).append('\n'));
        try {
            return UserDictionary.open(new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to load kuromoji user dictionary", e);
        }
    }
}
