package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code kuromoji_baseform}: replaces inflected verbs and adjectives with their dictionary form. */
final class KuromojiBaseFormFilterFactory extends AbstractTokenFilterFactory {

    KuromojiBaseFormFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseBaseFormFilter(tokenStream);
    }
}
