package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.vocabulary.GlossaryTerm;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Completions for the search box, in both languages: glossary terms and topics whose words start
 * with what was typed (「強制」 → 強制労働), and documents whose titles contain it. Terms come back in
 * the script the reader is typing, so the query they are writing stays in one language.
 */
@ApplicationScoped
public class Suggestions {

    public static final int MAX_PREFIX_LENGTH = 100;
    private static final Logger LOG = Logger.getLogger(Suggestions.class);
    private static final int TERMS = 4;
    private static final int TOPICS = 3;
    private static final int DOCUMENTS = 5;

    @Inject
    Vocabulary vocabulary;

    @Inject
    SearchSession session;

    public List<Suggestion> suggest(String typed, Language language, Set<Visibility> readable) {
        String prefix = GlossaryExpansion.normalize(typed == null ? "" : typed);
        if (prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH || (!isJapanese(prefix) && prefix.length() < 2)) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        suggestions.addAll(terms(prefix));
        suggestions.addAll(topics(prefix, language));
        suggestions.addAll(documents(prefix, language, readable));
        return suggestions;
    }

    private List<Suggestion> terms(String prefix) {
        Language typing = isJapanese(prefix) ? Language.JA : Language.EN;
        Map<String, Integer> ranked = new LinkedHashMap<>();
        for (GlossaryTerm term : vocabulary.glossary()) {
            int rank = Stream.concat(Stream.of(term.term(Language.EN), term.term(Language.JA)), term.variants().stream())
                    .mapToInt(form -> rank(form, prefix))
                    .min().orElse(Integer.MAX_VALUE);
            if (rank < Integer.MAX_VALUE) {
                ranked.putIfAbsent(term.term(typing), rank);
            }
        }
        return ranked.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
                .limit(TERMS)
                .map(e -> new Suggestion(e.getKey(), Suggestion.Kind.TERM, null))
                .toList();
    }

    private List<Suggestion> topics(String prefix, Language language) {
        return vocabulary.topics().stream()
                .filter(t -> rank(t.label(Language.EN), prefix) < Integer.MAX_VALUE
                        || rank(t.label(Language.JA), prefix) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt((Topic t) -> Math.min(rank(t.label(Language.EN), prefix),
                        rank(t.label(Language.JA), prefix))))
                .limit(TOPICS)
                .map(t -> new Suggestion(t.label(language), Suggestion.Kind.TOPIC, t.id()))
                .toList();
    }

    private List<Suggestion> documents(String prefix, Language language, Set<Visibility> readable) {
        String words = prefix.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            return documentTitles(words, language, readable);
        } catch (SearchException e) {
            // Terms and topics still help while the engine is unreachable; titles come back with it.
            LOG.debugf("No title suggestions: %s", e.getMessage());
            return List.of();
        }
    }

    private List<Suggestion> documentTitles(String words, Language language, Set<Visibility> readable) {
        return QuarkusTransaction.joiningExisting().call(() -> session.search(Document.class)
                .select(f -> f.composite(
                        f.field(SearchFields.SLUG, String.class),
                        f.field(SearchFields.text(TextPart.TITLE, language), String.class),
                        f.field(SearchFields.text(TextPart.TITLE, language.other()), String.class)))
                .where((f, root) -> {
                    root.add(DocumentSearch.readableBy(f, readable));
                    root.add(f.or(
                            f.simpleQueryString()
                                    .field(SearchFields.TITLE_WORDS)
                                    .matching(words + "*")
                                    .flags(Set.of(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.AND))
                                    .defaultOperator(BooleanOperator.AND),
                            f.phrase().field(SearchFields.TITLE_JA_BIGRAM).matching(words)));
                })
                .fetchHits(DOCUMENTS))
                .stream()
                .map(row -> new Suggestion(row.get(1) != null ? (String) row.get(1) : (String) row.get(2),
                        Suggestion.Kind.DOCUMENT, (String) row.get(0)))
                .toList();
    }

    /** 0 when the text starts with the prefix, 1 when one of its words does, else no match. */
    private static int rank(String text, String prefix) {
        if (text == null) {
            return Integer.MAX_VALUE;
        }
        String normalized = GlossaryExpansion.normalize(text);
        if (normalized.startsWith(prefix)) {
            return 0;
        }
        return normalized.contains(" " + prefix) ? 1 : Integer.MAX_VALUE;
    }

    private static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3000);
    }
}
