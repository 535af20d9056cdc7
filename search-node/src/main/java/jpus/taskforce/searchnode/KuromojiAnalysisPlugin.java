package jpus.taskforce.searchnode;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Japanese analysis under the official analysis-kuromoji plugin's names and options, built on Lucene's kuromoji.
 * No kuromoji plugin for OpenSearch 2.19 is published on Maven Central; with the official names, one index mapping
 * works both on this local node and on a production cluster that has the official plugin installed.
 */
public final class KuromojiAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("kuromoji_iteration_mark", KuromojiIterationMarkCharFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("kuromoji_tokenizer", KuromojiTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "kuromoji_baseform", KuromojiBaseFormFilterFactory::new,
                "kuromoji_part_of_speech", KuromojiPartOfSpeechFilterFactory::new,
                "kuromoji_readingform", KuromojiReadingFormFilterFactory::new,
                "kuromoji_stemmer", KuromojiKatakanaStemmerFactory::new,
                "ja_stop", JapaneseStopFilterFactory::new,
                "kuromoji_number", KuromojiNumberFilterFactory::new,
                "hiragana_uppercase", HiraganaUppercaseFilterFactory::new,
                "katakana_uppercase", KatakanaUppercaseFilterFactory::new,
                "kuromoji_completion", KuromojiCompletionFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "kuromoji", KuromojiAnalyzerProvider::new,
                "kuromoji_completion", KuromojiCompletionAnalyzerProvider::new);
    }
}
