package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.vocabulary.GlossaryTerm;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Turns a reader's query into the engine's predicate. The ranking rules it encodes are written
 * down in docs/ranking.md:
 * <ul>
 * <li>words must match somewhere (title, summary, body, citation, in either language), after
 * glossary terms have been widened to their equivalents in both languages: all of them for up to
 * two words or when the reader used operators, all but one for three or four, 70% beyond;</li>
 * <li>titles weigh more than summaries, summaries more than bodies;</li>
 * <li>the words as an exact phrase add to the score, most in titles;</li>
 * <li>a citation typed in full ("19 U.S.C. 1307") matches its document's citation exactly;</li>
 * <li>a query that names a topic ("grievance mechanism", 「苦情処理メカニズム」) also finds, and favours,
 * the documents filed under that topic.</li>
 * </ul>
 */
@ApplicationScoped
public class TextQuery {

    private static final float BIGRAM_WEIGHT = 0.5f;
    private static final float CITATION_WEIGHT = 6f;
    /** An attached file supports its document; a match there weighs less than one in the body. */
    private static final float ATTACHMENT_WEIGHT = 0.6f;
    private static final float EXACT_CITATION_BOOST = 30f;
    private static final float TITLE_PHRASE_BOOST = 6f;
    private static final float SUMMARY_PHRASE_BOOST = 3f;
    private static final float BODY_PHRASE_BOOST = 1.5f;
    private static final float TOPIC_BOOST = 6f;
    private static final Set<SimpleQueryFlag> READER_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE);
    /** Characters of the reader's syntax: a query with any of them is not taken as one plain phrase. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|()*~\\\\]|(^|\\s)[-+]");

    @Inject
    Vocabulary vocabulary;

    private volatile Expansion expansion;

    private record Expansion(List<GlossaryTerm> source, GlossaryExpansion expansion) {
    }

    public PredicateFinalStep predicate(SearchPredicateFactory f, String query) {
        PredicateFinalStep words = words(f, query);
        List<String> topics = topicsNamedIn(query);
        return f.bool(b -> {
            if (topics.isEmpty() || usesSyntax(query)) {
                b.must(words);
            } else {
                // A document filed under the topic the reader named is about it, whatever words it uses.
                b.must(f.bool(either -> {
                    either.should(words);
                    topics.forEach(topic -> either.should(
                            f.match().field(SearchFields.TOPICS).matching(topic).boost(TOPIC_BOOST)));
                }));
            }
            b.should(f.match().field(SearchFields.CITATION_KEY).matching(query).boost(EXACT_CITATION_BOOST));
            if (isPlainPhrase(query)) {
                b.should(f.phrase().fields(fields(TextPart.TITLE)).matching(query).boost(TITLE_PHRASE_BOOST));
                b.should(f.phrase().fields(fields(TextPart.SUMMARY)).matching(query).boost(SUMMARY_PHRASE_BOOST));
                b.should(f.phrase().fields(fields(TextPart.BODY)).matching(query).boost(BODY_PHRASE_BOOST));
            }
        });
    }

    private PredicateFinalStep words(SearchPredicateFactory f, String query) {
        GlossaryExpansion glossary = glossary();
        if (usesSyntax(query)) {
            // Operators: the reader's words are all required, as they asked.
            return words(f, glossary.expand(query), true);
        }
        GlossaryExpansion.Parts parts = glossary.split(query);
        if (parts.groups().isEmpty()) {
            return words(f, query, topLevelClauses(query) <= 2);
        }
        // The concepts the reader named are required, in any of their forms and languages; their other
        // words ("how to write a ...") only rank the results.
        return f.bool(b -> {
            b.must(words(f, String.join(" ", parts.groups()), true));
            if (!parts.otherWords().isEmpty()) {
                b.should(words(f, parts.otherWords(), false));
            }
        });
    }

    /**
     * The words over every text field. {@code allRequired}: each top-level clause must match;
     * otherwise short queries still need every word and longer ones most of them, so a question such
     * as "can social audits detect forced labor" finds its answers.
     */
    private static PredicateFinalStep words(SearchPredicateFactory f, String text, boolean allRequired) {
        var words = f.simpleQueryString()
                .fields(fields(TextPart.TITLE)).boost(TextPart.TITLE.boost())
                .fields(fields(TextPart.SUMMARY)).boost(TextPart.SUMMARY.boost())
                .fields(fields(TextPart.BODY)).boost(TextPart.BODY.boost())
                .field(SearchFields.bigram(TextPart.TITLE)).boost(TextPart.TITLE.boost() * BIGRAM_WEIGHT)
                .field(SearchFields.bigram(TextPart.SUMMARY)).boost(TextPart.SUMMARY.boost() * BIGRAM_WEIGHT)
                .field(SearchFields.bigram(TextPart.BODY)).boost(TextPart.BODY.boost() * BIGRAM_WEIGHT)
                .field(SearchFields.CITATION_TEXT).boost(CITATION_WEIGHT)
                .field(SearchFields.attachmentText(Language.EN)).boost(ATTACHMENT_WEIGHT)
                .field(SearchFields.attachmentText(Language.JA)).boost(ATTACHMENT_WEIGHT)
                .matching(text)
                .flags(READER_SYNTAX);
        if (allRequired) {
            return words.defaultOperator(BooleanOperator.AND);
        }
        return words.defaultOperator(BooleanOperator.OR)
                .minimumShouldMatch()
                .ifMoreThan(2).thenRequireNumber(-1)
                .ifMoreThan(4).thenRequirePercent(70)
                .end();
    }

    /** Units at the top level of a query: words, quoted phrases and parenthesised groups. */
    static int topLevelClauses(String query) {
        int clauses = 0;
        int depth = 0;
        boolean inQuotes = false;
        boolean inClause = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '(') {
                depth++;
            } else if (!inQuotes && c == ')') {
                depth = Math.max(0, depth - 1);
            }
            boolean separator = !inQuotes && depth == 0 && (Character.isWhitespace(c) || c == '|' || c == '+');
            if (separator) {
                inClause = false;
            } else if (!inClause) {
                inClause = true;
                clauses++;
            }
        }
        return clauses;
    }

    static boolean usesSyntax(String query) {
        return SYNTAX.matcher(query).find();
    }

    /** Several words and no operators: worth rewarding where they appear together, in order. */
    static boolean isPlainPhrase(String query) {
        if (usesSyntax(query)) {
            return false;
        }
        String q = query.strip();
        boolean severalWords = q.codePoints().anyMatch(Character::isWhitespace);
        // Japanese runs words together without spaces: a few characters may already be several words.
        boolean japanese = q.codePoints().anyMatch(c -> c >= 0x3000);
        return severalWords || japanese && q.length() > 2;
    }

    /**
     * Topics whose English or Japanese label, singular or plural, appears in the query. A Japanese
     * label that joins two names (外国人労働者・移住労働者) is named by either.
     */
    List<String> topicsNamedIn(String query) {
        String normalized = GlossaryExpansion.normalize(query);
        return vocabulary.topics().stream()
                .filter(topic -> Stream.of(topic.label(Language.EN), topic.label(Language.JA))
                        .map(GlossaryExpansion::normalize)
                        .flatMap(label -> Stream.concat(Stream.of(label), Stream.of(label.split("・"))))
                        .filter(name -> name.length() >= 2)
                        .anyMatch(name -> normalized.contains(name) || normalized.contains(singular(name))))
                .map(topic -> topic.id())
                .toList();
    }

    private static String singular(String label) {
        return label.replaceAll("s\\b", "");
    }

    private GlossaryExpansion glossary() {
        List<GlossaryTerm> terms = vocabulary.glossary();
        Expansion current = expansion;
        if (current == null || current.source() != terms) {
            current = new Expansion(terms, GlossaryExpansion.of(terms.stream()
                    .map(t -> new GlossaryExpansion.Term(forms(t)))
                    .toList()));
            expansion = current;
        }
        return current.expansion();
    }

    private static List<String> forms(GlossaryTerm term) {
        return Stream.concat(Stream.of(term.term(Language.EN), term.term(Language.JA)), term.variants().stream())
                .toList();
    }

    private static String[] fields(TextPart part) {
        return new String[] { SearchFields.text(part, Language.EN), SearchFields.text(part, Language.JA) };
    }
}
