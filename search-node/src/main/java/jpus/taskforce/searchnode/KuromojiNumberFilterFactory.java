package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code kuromoji_number}: turns Japanese numerals (e.g. 二千二十五) into Arabic digits. */
final class KuromojiNumberFilterFactory extends AbstractTokenFilterFactory {

    KuromojiNumberFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseNumberFilter(tokenStream);
    }
}
