package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaUppercaseFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code katakana_uppercase}: normalizes small katakana (ャ, ッ …) to full size, for old-style texts that omit them. */
final class KatakanaUppercaseFilterFactory extends AbstractTokenFilterFactory {

    KatakanaUppercaseFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaUppercaseFilter(tokenStream);
    }
}
