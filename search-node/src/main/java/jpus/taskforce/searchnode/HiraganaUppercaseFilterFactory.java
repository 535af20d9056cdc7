package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseHiraganaUppercaseFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code hiragana_uppercase}: normalizes small hiragana (ゃ, っ …) to full size, for old-style texts that omit them. */
final class HiraganaUppercaseFilterFactory extends AbstractTokenFilterFactory {

    HiraganaUppercaseFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseHiraganaUppercaseFilter(tokenStream);
    }
}
