package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code kuromoji_readingform}: replaces each token with its reading, in katakana or ({@code use_romaji}) romaji. */
final class KuromojiReadingFormFilterFactory extends AbstractTokenFilterFactory {

    private final boolean useRomaji;

    KuromojiReadingFormFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, name, settings);
        useRomaji = settings.getAsBoolean("use_romaji", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseReadingFormFilter(tokenStream, useRomaji);
    }
}
