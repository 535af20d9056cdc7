package jpus.taskforce.searchnode;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** {@code kuromoji_tokenizer}, with the official plugin's options and defaults. */
final class KuromojiTokenizerFactory extends AbstractTokenizerFactory {

    private final JapaneseTokenizer.Mode mode;
    private final UserDictionary userDictionary;
    private final boolean discardPunctuation;
    private final boolean discardCompoundToken;
    private final int nBestCost;
    private final String nBestExamples;

    KuromojiTokenizerFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, settings, name);
        mode = KuromojiSettings.mode(settings);
        userDictionary = KuromojiSettings.userDictionary(env, settings);
        discardPunctuation = settings.getAsBoolean("discard_punctuation", true);
        discardCompoundToken = settings.getAsBoolean("discard_compound_token", false);
        nBestCost = settings.getAsInt("nbest_cost", -1);
        nBestExamples = settings.get("nbest_examples");
    }

    @Override
    public Tokenizer create() {
        JapaneseTokenizer tokenizer = new JapaneseTokenizer(userDictionary, discardPunctuation, discardCompoundToken, mode);
        // Like the official plugin: the examples can only raise the explicit cost, never lower it.
        int cost = nBestExamples == null ? nBestCost : Math.max(nBestCost, tokenizer.calcNBestCost(nBestExamples));
        tokenizer.setNBestCost(cost);
        return tokenizer;
    }
}
