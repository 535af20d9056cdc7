package jpus.taskforce.portal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

import jpus.taskforce.portal.document.Language;

/**
 * All analysis of the index in one place. Names follow {@code <purpose>_<language>}.
 * <p>
 * Japanese uses the official analysis-kuromoji component names, so the mapping works unchanged on
 * a production cluster with that plugin and on the local node, which registers the same names.
 * Both chains fold character widths before tokenising, and the same analyzer serves indexing and
 * search, so a query is always normalised exactly as the text it should match.
 */
@SearchExtension
public class SearchAnalysis implements ElasticsearchAnalysisConfigurer {

    public static final String TEXT_EN = "text_en";
    public static final String TEXT_JA = "text_ja";
    public static final String BIGRAM_JA = "bigram_ja";
    public static final String SPELL_EN = "spell_en";
    public static final String CITATION = "citation";
    public static final String CITATION_KEY = "citation_key";

    static final String WIDTH_FOLD = "width_fold";
    static final String JA_TOKENIZER = "ja_kuromoji";
    private static final String USER_DICTIONARY = "search/user-dictionary-ja.csv";
    /**
     * Lucene's English stop words plus the words of a question ("how can we ..."), which readers
     * type but no document is about. Every analyzer drops them, so a word that one field ignores
     * is never required in another.
     */
    static final List<String> ENGLISH_STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with", "how", "what", "which", "who",
            "when", "where", "why", "can", "do", "does", "should", "i", "we", "our", "my", "you", "your", "about");

    /** British spellings the documents and readers use, with the American ones the English analysis keeps. */
    static final List<String[]> BRITISH_SPELLINGS = List.of(
            new String[] { "labour", "labor" }, new String[] { "labours", "labors" },
            new String[] { "organisation", "organization" }, new String[] { "organisations", "organizations" },
            new String[] { "programme", "program" }, new String[] { "programmes", "programs" },
            new String[] { "recognise", "recognize" }, new String[] { "recognised", "recognized" },
            new String[] { "prioritise", "prioritize" }, new String[] { "prioritisation", "prioritization" },
            new String[] { "criminalise", "criminalize" }, new String[] { "minimise", "minimize" },
            new String[] { "harmonise", "harmonize" }, new String[] { "analyse", "analyze" },
            new String[] { "favour", "favor" }, new String[] { "behaviour", "behavior" },
            new String[] { "centre", "center" }, new String[] { "defence", "defense" },
            new String[] { "licence", "license" }, new String[] { "judgement", "judgment" },
            new String[] { "fulfil", "fulfill" }, new String[] { "enrol", "enroll" });

    public static String textAnalyzer(Language language) {
        return language == Language.JA ? TEXT_JA : TEXT_EN;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(WIDTH_FOLD).type("mapping")
                .param("mappings", WidthFolding.mappingRules().toArray(String[]::new));

        context.tokenFilter("en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("en_stop").type("stop").param("stopwords", ENGLISH_STOP_WORDS.toArray(String[]::new));
        context.tokenFilter("en_stemmer").type("stemmer").param("language", "english");
        // British and American spellings are one word: "child labour" finds "child labor", and a quoted
        // "worst forms of child labour" the American text of the same phrase.
        context.tokenFilter("en_spelling").type("synonym")
                .param("synonyms", BRITISH_SPELLINGS.stream().map(pair -> pair[0] + " => " + pair[1]).toArray(String[]::new));
        context.analyzer(TEXT_EN).custom()
                .tokenizer("standard")
                .charFilters(WIDTH_FOLD)
                .tokenFilters("en_possessive", "lowercase", "en_stop", "en_spelling", "en_stemmer");

        // Search mode splits long compounds into their parts as well as keeping the whole; the
        // user dictionary keeps official terms (人権デュー・ディリジェンス, 育成就労, ...) as one token.
        context.tokenizer(JA_TOKENIZER).type("kuromoji_tokenizer")
                .param("mode", "search")
                .param("user_dictionary_rules", userDictionaryRules().toArray(String[]::new));
        context.analyzer(TEXT_JA).custom()
                .tokenizer(JA_TOKENIZER)
                .charFilters(WIDTH_FOLD, "kuromoji_iteration_mark")
                .tokenFilters("kuromoji_baseform", "kuromoji_part_of_speech", "cjk_width", "ja_stop",
                        "kuromoji_stemmer", "lowercase", "en_stop");

        // Unstemmed English words: the vocabulary that "did you mean" corrects typos against.
        context.analyzer(SPELL_EN).custom()
                .tokenizer("standard")
                .charFilters(WIDTH_FOLD)
                .tokenFilters("lowercase");

        // Legal citations ("19 U.S.C. 1307", 「昭和22年法律第49号」): words and numbers kept as typed, plus
        // a whole-citation key without spaces and punctuation, so "19 USC 1307" finds it exactly.
        context.analyzer(CITATION).custom()
                .tokenizer("standard")
                .charFilters(WIDTH_FOLD)
                .tokenFilters("lowercase", "en_stop");
        context.charFilter("citation_punctuation").type("pattern_replace")
                .param("pattern", "[\\s.,:;()\\-\u3001\u3002\u30FB\uFF08\uFF09]")
                .param("replacement", "");
        context.normalizer(CITATION_KEY).custom()
                .charFilters(WIDTH_FOLD, "citation_punctuation")
                .tokenFilters("lowercase");

        context.analyzer(BIGRAM_JA).custom()
                .tokenizer("standard")
                .charFilters(WIDTH_FOLD)
                .tokenFilters("cjk_width", "lowercase", "en_stop", "cjk_bigram");
    }

    /** Lines of the user dictionary (surface,segmentation,reading,part of speech); # starts a comment. */
    static List<String> userDictionaryRules() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(USER_DICTIONARY);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + USER_DICTIONARY);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
