package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.tagging.TermMatcher;
import jpus.taskforce.portal.vocabulary.GlossaryTerm;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Turns a reader's query into the engine's predicate. The ranking rules it encodes are written
 * down in docs/ranking.md:
 * <ul>
 * <li>words must match somewhere (title, summary, body, citation, attachments), after glossary
 * terms have been widened to their equivalents: all of them for up to two words or when the
 * reader used operators, all but one for three or four, 70% beyond;</li>
 * <li>titles weigh more than summaries, summaries more than bodies;</li>
 * <li>the words as an exact phrase add to the score, most in titles, and so do glossary terms
 * written as their phrases; phrases re-rank the best hits only ({@link #phraseBoosts});</li>
 * <li>a citation typed in full ("19 U.S.C. 1307") matches its document's citation exactly;</li>
 * <li>a query that names a topic ("grievance mechanism", 「苦情処理メカニズム」) also finds, and favours,
 * the documents filed under that topic.</li>
 * </ul>
 * Each language side of the index is searched with the query in that side's terms (see
 * {@link GlossaryExpansion}): the English fields with English forms, the Japanese and bigram
 * fields with Japanese ones, so the engine never scores a term against fields it cannot occur in.
 * A document matches when one side matches all the words required.
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
    private static final float TAG_BOOST = 6f;
    /** How much more the words beside a named concept weigh than the concept's own words. */
    private static final float OTHER_WORDS_WEIGHT = 4f;
    /** Far above any score words earn: in results widened to some of the words, those with all rank first. */
    private static final float ALL_WORDS_FIRST = 10_000f;
    private static final Set<SimpleQueryFlag> READER_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE);
    /** Characters of the reader's syntax: a query with any of them is not taken as one plain phrase. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|()*~\\\\]|(^|\\s)[-+]");
    /** A word the reader excludes: it must be absent from both languages, so the sides cannot be searched apart. */
    private static final Pattern EXCLUSION = Pattern.compile("(^|[\\s(|])-\\S");

    @Inject
    Vocabulary vocabulary;

    private volatile Expansion expansion;

    /**
     * What the query language derives from the vocabularies as last read: the glossary, the names
     * of goods and places, and each topic's names as queries are compared with them.
     */
    private record Expansion(Object source, GlossaryExpansion expansion, Map<String, TermMatcher> goods,
            Map<String, TermMatcher> regions, Map<String, List<String>> topicNames) {
    }

    /**
     * A reader's query as the vocabularies read it: the glossary terms, topics, goods and places it
     * names. Worked out once per query text of a search, since every clause and the phrase boosts
     * need it.
     */
    public record AnalyzedQuery(String text, boolean usesSyntax, GlossaryExpansion glossary,
            GlossaryExpansion.Parts parts, List<String> topics, List<String> goods, List<String> regions) {

        /** One concept or word of the query, as each language side searches it. */
        private List<Clause> clauses() {
            List<Clause> clauses = new ArrayList<>();
            for (int i = 0; i < parts.groups().get(Language.EN).size(); i++) {
                clauses.add(new Clause(parts.groups().get(Language.EN).get(i), parts.groups().get(Language.JA).get(i)));
            }
            for (String word : parts.otherWords().split("\\s+")) {
                if (!word.isBlank()) {
                    clauses.add(new Clause(word, word));
                }
            }
            return clauses;
        }
    }

    /** Reads a query with the vocabularies as they are now. */
    public AnalyzedQuery analyze(String query) {
        Expansion vocabularies = vocabularies();
        String normalized = GlossaryExpansion.normalize(query);
        return new AnalyzedQuery(query, usesSyntax(query), vocabularies.expansion(), vocabularies.expansion().split(query),
                topicsNamedIn(normalized, vocabularies.topicNames()), namedIn(query, vocabularies.goods()),
                namedIn(query, vocabularies.regions()));
    }

    /** The documents that contain all the reader's words (or are filed under a topic they named), best first. */
    public PredicateFinalStep predicate(SearchPredicateFactory f, AnalyzedQuery query) {
        return ranked(f, query, allWords(f, query));
    }

    /**
     * The documents that contain some of the reader's words, each concept and word whole, those with
     * more of them first, and those with all of them ahead of the rest whatever their score: for
     * when few documents contain them all ("児童福祉法 禁止行為" finds one act, and a reader also
     * wants the rules nearest to it).
     */
    public PredicateFinalStep someWordsPredicate(SearchPredicateFactory f, AnalyzedQuery query) {
        PredicateFinalStep all = allWords(f, query);
        return ranked(f, query, f.bool(b -> {
            for (Clause clause : query.clauses()) {
                b.should(sides(f, clause.english(), clause.japanese(), true));
            }
            b.should(f.bool().must(all).constantScore().boost(ALL_WORDS_FIRST));
        }));
    }

    /** Whether a query has two or more concepts or words, so that some of them can match without the others. */
    public boolean hasSeveralWords(AnalyzedQuery query) {
        return !query.usesSyntax() && query.clauses().size() > 1;
    }

    /** One concept or word of a query, as each language side searches it. */
    private record Clause(String english, String japanese) {
    }

    private static PredicateFinalStep allWords(SearchPredicateFactory f, AnalyzedQuery query) {
        PredicateFinalStep words = words(f, query);
        List<String> topics = query.topics();
        if (topics.isEmpty() || query.usesSyntax()) {
            return words;
        }
        // A document filed under the topic the reader named is about it, whatever words it uses.
        return f.bool(either -> {
            either.should(words);
            topics.forEach(topic -> either.should(
                    f.match().field(SearchFields.TOPICS).matching(topic).boost(TOPIC_BOOST)));
        });
    }

    private static PredicateFinalStep ranked(SearchPredicateFactory f, AnalyzedQuery query, PredicateFinalStep matching) {
        List<String> goods = query.goods();
        List<String> regions = query.regions();
        return f.bool(b -> {
            b.must(matching);
            // A document tagged with the good or the place the reader named covers it, in whichever
            // language it was named: 新疆 favours a document tagged Xinjiang as much as "Xinjiang" does.
            if (!goods.isEmpty()) {
                b.should(f.terms().field(SearchFields.withBroader(SearchFields.GOODS)).matchingAny(goods).boost(TAG_BOOST));
            }
            if (!regions.isEmpty()) {
                b.should(f.terms().field(SearchFields.withBroader(SearchFields.REGIONS)).matchingAny(regions).boost(TAG_BOOST));
            }
            b.should(f.match().field(SearchFields.CITATION_KEY).matching(query.text()).boost(EXACT_CITATION_BOOST));
        });
    }

    /**
     * What the words weigh as phrases: the query as typed, most in titles, and each glossary term's
     * forms in their own language. Phrases read the positions of every word, which over every match
     * of a common word ("forced labor" in a knowledge base about forced labor) costs the engine more
     * than the rest of the query, so they re-rank only the best hits (a rescore window), where the
     * order is read. Empty when the query has no phrase worth rewarding.
     */
    public Optional<JsonObject> phraseBoosts(AnalyzedQuery query) {
        if (query.usesSyntax()) {
            return Optional.empty();
        }
        JsonArray should = new JsonArray();
        if (isPlainPhrase(query.text())) {
            for (Language side : Language.values()) {
                should.add(phrase(SearchFields.text(TextPart.TITLE, side), query.text(), TITLE_PHRASE_BOOST));
                should.add(phrase(SearchFields.text(TextPart.SUMMARY, side), query.text(), SUMMARY_PHRASE_BOOST));
                should.add(phrase(SearchFields.text(TextPart.BODY, side), query.text(), BODY_PHRASE_BOOST));
            }
        }
        // A glossary term's words already weigh in titles and summaries wherever they stand; as a phrase
        // they add where a body keeps them together.
        for (GlossaryExpansion.Term term : query.parts().terms()) {
            for (String form : term.forms()) {
                Language side = GlossaryExpansion.isJapanese(form) ? Language.JA : Language.EN;
                if (side == Language.JA || form.strip().contains(" ")) {
                    should.add(phrase(SearchFields.text(TextPart.BODY, side), form, TextPart.BODY.boost()));
                }
            }
        }
        return should.isEmpty() ? Optional.empty()
                : Optional.of(EngineJson.object("bool", EngineJson.object("should", should)));
    }

    private static JsonObject phrase(String field, String text, float boost) {
        JsonObject phrase = new JsonObject();
        phrase.addProperty("query", text);
        phrase.addProperty("boost", boost);
        return EngineJson.object("match_phrase", EngineJson.object(field, phrase));
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, AnalyzedQuery query) {
        String text = query.text();
        if (query.usesSyntax()) {
            // Operators: the reader's words are all required, as they asked.
            GlossaryExpansion glossary = query.glossary();
            if (EXCLUSION.matcher(text).find()) {
                return allFields(f, glossary.expand(text, Language.EN) + " " + glossary.expand(text, Language.JA));
            }
            return sides(f, glossary.expand(text, Language.EN), glossary.expand(text, Language.JA), true);
        }
        GlossaryExpansion.Parts parts = query.parts();
        if (!parts.hasGroups()) {
            return sides(f, text, text, topLevelClauses(text) <= 2);
        }
        // The concepts the reader named are required, in any of their forms and languages; their other
        // words ("米国", "import ban", "checklist") only rank the results, but they are what tells the
        // hits apart, since every hit contains the concepts, which also score in both languages.
        return f.bool(b -> {
            b.must(sides(f, parts.groups(Language.EN), parts.groups(Language.JA), true));
            if (!parts.otherWords().isEmpty()) {
                b.should(f.bool().should(sides(f, parts.otherWords(), parts.otherWords(), false)).boost(OTHER_WORDS_WEIGHT));
            }
        });
    }

    /**
     * Either language side matching is enough: each searches its own fields with its own text.
     * Latin words the reader typed also count where Japanese text quotes them (acronyms, years,
     * numbers), to rank, not to match: "UFLPA 2027" favours a document that gives both in both
     * languages.
     */
    private static PredicateFinalStep sides(SearchPredicateFactory f, String english, String japanese, boolean allRequired) {
        PredicateFinalStep either = f.bool(b -> {
            b.should(words(f, english, Language.EN, allRequired));
            b.should(words(f, japanese, Language.JA, allRequired));
        });
        if (GlossaryExpansion.isJapanese(english)) {
            return either;
        }
        return f.bool(b -> {
            b.must(either);
            b.should(anyWord(f, quotedInJapanese(), english));
        });
    }

    /** The Japanese fields where Latin words appear as written: not the bigram fields, which only pair characters. */
    private static Map<String, Float> quotedInJapanese() {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (TextPart part : TextPart.values()) {
            fields.put(SearchFields.text(part, Language.JA), part.boost());
        }
        return fields;
    }

    /**
     * The words over the text fields of one language side. {@code allRequired}: each top-level
     * clause must match; otherwise short queries still need every word and longer ones most of them,
     * so a question such as "can social audits detect forced labor" finds its answers.
     */
    private static PredicateFinalStep words(SearchPredicateFactory f, String text, Language side, boolean allRequired) {
        return required(f, sideFields(side), text, allRequired);
    }

    /** A query that excludes words: every field of both languages at once, so an excluded word is absent from both. */
    private static PredicateFinalStep allFields(SearchPredicateFactory f, String text) {
        Map<String, Float> fields = new LinkedHashMap<>(sideFields(Language.EN));
        fields.putAll(sideFields(Language.JA));
        return required(f, fields, text, true);
    }

    /** The fields of one language side, with their weights. */
    private static Map<String, Float> sideFields(Language side) {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (TextPart part : TextPart.values()) {
            fields.put(SearchFields.text(part, side), part.boost());
        }
        fields.put(SearchFields.CITATION_TEXT, CITATION_WEIGHT);
        fields.put(SearchFields.attachmentText(side), ATTACHMENT_WEIGHT);
        if (side == Language.JA) {
            fields.put(SearchFields.TITLE_JA_BIGRAM, TextPart.TITLE.boost() * BIGRAM_WEIGHT);
            // Summaries share this field with bodies, which are far longer: it weighs as a body.
            fields.put(SearchFields.TEXT_JA_BIGRAM, TextPart.BODY.boost() * BIGRAM_WEIGHT);
        }
        return fields;
    }

    private static PredicateFinalStep required(SearchPredicateFactory f, Map<String, Float> fields, String text,
            boolean allRequired) {
        var words = over(f, fields, text);
        if (allRequired) {
            return words.defaultOperator(BooleanOperator.AND);
        }
        return words.defaultOperator(BooleanOperator.OR)
                .minimumShouldMatch()
                .ifMoreThan(2).thenRequireNumber(-1)
                .ifMoreThan(4).thenRequirePercent(70)
                .end();
    }

    /** Any of the words, each adding to the score where it occurs: a clause that ranks and requires nothing. */
    private static PredicateFinalStep anyWord(SearchPredicateFactory f, Map<String, Float> fields, String text) {
        return over(f, fields, text).defaultOperator(BooleanOperator.OR);
    }

    private static SimpleQueryStringPredicateOptionsStep<?> over(SearchPredicateFactory f, Map<String, Float> fields,
            String text) {
        SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> step = null;
        for (var field : fields.entrySet()) {
            step = (step == null ? f.simpleQueryString().field(field.getKey()) : step.field(field.getKey()))
                    .boost(field.getValue());
        }
        return step.matching(text).flags(READER_SYNTAX);
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
    private static List<String> topicsNamedIn(String normalizedQuery, Map<String, List<String>> topicNames) {
        return topicNames.entrySet().stream()
                .filter(topic -> topic.getValue().stream().anyMatch(normalizedQuery::contains))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A topic's names as queries are compared with them: each label and each part of a joined one, singular too. */
    private static List<String> topicNames(Topic topic) {
        return Stream.of(topic.label(Language.EN), topic.label(Language.JA))
                .map(GlossaryExpansion::normalize)
                .flatMap(label -> Stream.concat(Stream.of(label), Stream.of(label.split("・"))))
                .filter(name -> name.length() >= 2)
                .flatMap(name -> Stream.of(name, singular(name)))
                .distinct()
                .toList();
    }

    private static String singular(String label) {
        return label.replaceAll("s\\b", "");
    }

    /**
     * The entries of a tag vocabulary that a query names in any of their forms; matched against the
     * tags with their broader entries, "solar" also favours the polysilicon documents.
     */
    private static List<String> namedIn(String query, Map<String, TermMatcher> names) {
        return names.entrySet().stream().filter(name -> name.getValue().foundIn(query)).map(Map.Entry::getKey).toList();
    }

    /**
     * The glossary with the names of goods (綿 is cotton and 多結晶シリコン polysilicon in a query as
     * much as 強制労働 is forced labor), the names of goods and places, and the topics' names: rebuilt
     * when the vocabularies are read again.
     */
    private Expansion vocabularies() {
        Object revision = vocabulary.revision();
        Expansion current = expansion;
        if (current == null || current.source() != revision) {
            List<GlossaryExpansion.Term> terms = new java.util.ArrayList<>();
            vocabulary.glossary().forEach(t -> terms.add(new GlossaryExpansion.Term(forms(t))));
            vocabulary.goods().forEach(g -> terms.add(new GlossaryExpansion.Term(allForms(g))));
            Map<String, List<String>> topicNames = new LinkedHashMap<>();
            vocabulary.topics().forEach(topic -> topicNames.put(topic.id(), topicNames(topic)));
            current = new Expansion(revision, GlossaryExpansion.of(terms), names(vocabulary.goods()),
                    names(vocabulary.regions()), topicNames);
            expansion = current;
        }
        return current;
    }

    private static Map<String, TermMatcher> names(List<? extends TagTerm> terms) {
        Map<String, TermMatcher> names = new LinkedHashMap<>();
        terms.forEach(term -> names.put(term.id(), TermMatcher.of(allForms(term))));
        return names;
    }

    private static List<String> forms(GlossaryTerm term) {
        return Stream.concat(Stream.of(term.term(Language.EN), term.term(Language.JA)), term.variants().stream())
                .toList();
    }

    private static List<String> allForms(TagTerm term) {
        return Stream.concat(term.forms(Language.EN).stream(), term.forms(Language.JA).stream()).toList();
    }
}
