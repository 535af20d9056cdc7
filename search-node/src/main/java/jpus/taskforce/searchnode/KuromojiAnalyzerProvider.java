package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.Analysis;

/**
 * Analyzer {@code kuromoji}: Lucene's JapaneseAnalyzer. Accepts the tokenizer's {@code mode} and user dictionary
 * options plus {@code stopwords}/{@code stopwords_path}; the part-of-speech stop tags are Lucene's defaults.
 */
final class KuromojiAnalyzerProvider extends AbstractIndexAnalyzerProvider<JapaneseAnalyzer> {

    private final JapaneseAnalyzer analyzer;

    KuromojiAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
        CharArraySet stopWords = Analysis.parseStopWords(env, settings, JapaneseAnalyzer.getDefaultStopSet());
        analyzer = new JapaneseAnalyzer(
                KuromojiSettings.userDictionary(env, settings),
                KuromojiSettings.mode(settings),
                stopWords,
                JapaneseAnalyzer.getDefaultStopTags());
    }

    @Override
    public JapaneseAnalyzer get() {
        return analyzer;
    }
}
