package jpus.taskforce.searchnode;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.search.suggest.analyzing.SuggestStopFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.Analysis;

/**
 * {@code ja_stop}: removes Japanese stop words. {@code stopwords} is {@code _japanese_} (the default), {@code _none_},
 * or an explicit list; {@code stopwords_path}, {@code ignore_case} and {@code remove_trailing} work as in the
 * official plugin.
 */
final class JapaneseStopFilterFactory extends AbstractTokenFilterFactory {

    private static final Map<String, Set<?>> NAMED_STOP_WORDS = Map.of("_japanese_", JapaneseAnalyzer.getDefaultStopSet());

    private final CharArraySet stopWords;
    private final boolean removeTrailing;

    JapaneseStopFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
        boolean ignoreCase = settings.getAsBoolean("ignore_case", false);
        removeTrailing = settings.getAsBoolean("remove_trailing", true);
        stopWords = Analysis.parseWords(env, settings, "stopwords", JapaneseAnalyzer.getDefaultStopSet(), NAMED_STOP_WORDS, ignoreCase);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Keeping a trailing stop word matters for search-as-you-type, where the user may still be typing it.
        return removeTrailing ? new StopFilter(tokenStream, stopWords) : new SuggestStopFilter(tokenStream, stopWords);
    }
}
