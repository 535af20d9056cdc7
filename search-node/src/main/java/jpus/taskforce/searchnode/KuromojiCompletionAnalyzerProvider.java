package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.ja.JapaneseCompletionAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** Analyzer {@code kuromoji_completion}: Lucene's JapaneseCompletionAnalyzer, with {@code mode} index/query and a user dictionary. */
final class KuromojiCompletionAnalyzerProvider extends AbstractIndexAnalyzerProvider<JapaneseCompletionAnalyzer> {

    private final JapaneseCompletionAnalyzer analyzer;

    KuromojiCompletionAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
        analyzer = new JapaneseCompletionAnalyzer(
                KuromojiSettings.userDictionary(env, settings),
                KuromojiCompletionFilterFactory.completionMode(settings));
    }

    @Override
    public JapaneseCompletionAnalyzer get() {
        return analyzer;
    }
}
