package jpus.taskforce.searchnode;

import java.util.Locale;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseCompletionFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code kuromoji_completion}: adds romaji forms of each token so that half-typed romaji input can match. */
final class KuromojiCompletionFilterFactory extends AbstractTokenFilterFactory {

    private final JapaneseCompletionFilter.Mode mode;

    KuromojiCompletionFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
        mode = completionMode(settings);
    }

    /** {@code mode}: index (the default) or query; unknown values fall back to index, as in the official plugin. */
    static JapaneseCompletionFilter.Mode completionMode(Settings settings) {
        return "query".equals(settings.get("mode", "index").toLowerCase(Locale.ROOT))
                ? JapaneseCompletionFilter.Mode.QUERY
                : JapaneseCompletionFilter.Mode.INDEX;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseCompletionFilter(tokenStream, mode);
    }
}
