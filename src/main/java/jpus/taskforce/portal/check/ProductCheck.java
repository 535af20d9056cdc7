package jpus.taskforce.portal.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jpus.taskforce.portal.check.CheckAnswer.Finding;
import jpus.taskforce.portal.check.CheckAnswer.Kind;
import jpus.taskforce.portal.check.CheckAnswer.Match;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.tagging.TermMatcher;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.vocabulary.Good;
import jpus.taskforce.portal.vocabulary.Region;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The product check: which documents concern a good and a region of origin, chosen from their
 * metadata and tags only, never from free text, so that every finding can say exactly why it is
 * there. A tag of a broader or narrower entry counts (a rule on solar products concerns polysilicon,
 * one on Xinjiang concerns goods from China), and the sentence that backs the tag is quoted.
 */
@ApplicationScoped
public class ProductCheck {

    /** Topics whose rules reach every good of their government: border measures and purchasing by the state. */
    public static final List<String> ALL_GOODS_TOPICS = List.of("import-restrictions", "public-procurement");

    /** The topic of official lists and designations, shown in a section of their own. */
    public static final String LISTS_TOPIC = "lists-and-designations";

    /** Documents on the steps of due diligence, offered to every company whatever its product. */
    static final String DUE_DILIGENCE_TOPIC = "human-rights-due-diligence";

    private static final Set<Government> RULE_GOVERNMENTS = Set.of(Government.US, Government.JP);
    private static final Set<DocumentType> RULE_TYPES = Set.of(DocumentType.LAW, DocumentType.REGULATION, DocumentType.POLICY);
    private static final Set<DocumentType> GUIDANCE_TYPES = Set.of(DocumentType.GUIDANCE, DocumentType.BEST_PRACTICE);

    private static final Comparator<Finding> NEWEST_FIRST = Comparator
            .comparing((Finding f) -> f.document().getIssuedOn(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(f -> f.document().getSlug());

    @Inject
    DocumentRepository documents;

    @Inject
    Vocabulary vocabulary;

    /** A good and an optional region, both known to the vocabularies, or what is wrong with the request. */
    public record Question(Good good, Optional<Region> region, List<InvalidParameter> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the ids a company chose: the good is required, the region may be left empty for any; an
     * id neither vocabulary knows is refused with {@link jpus.taskforce.portal.validation.Reason#UNKNOWN}.
     */
    public Question question(String goodId, String regionId) {
        List<InvalidParameter> problems = new ArrayList<>();
        Optional<Good> good = Optional.empty();
        if (goodId == null || goodId.isBlank()) {
            problems.add(InvalidParameter.required("good"));
        } else {
            good = vocabulary.good(goodId.strip());
            if (good.isEmpty()) {
                problems.add(InvalidParameter.unknown("good", shorten(goodId)));
            }
        }
        Optional<Region> region = Optional.empty();
        if (regionId != null && !regionId.isBlank()) {
            region = vocabulary.region(regionId.strip());
            if (region.isEmpty()) {
                problems.add(InvalidParameter.unknown("region", shorten(regionId)));
            }
        }
        return new Question(good.orElse(null), region, problems);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    /**
     * The answer for a valid question, as {@code view} shows it: the view is built inside this
     * transaction, where the documents of the answer can still load their language versions.
     */
    @Transactional
    public <T> T answer(Question question, Set<Visibility> readable, Function<CheckAnswer, T> view) {
        if (!question.valid()) {
            throw new IllegalArgumentException("Answer only a valid question: " + question.problems());
        }
        return view.apply(answer(question.good(), question.region(), readable));
    }

    private CheckAnswer answer(Good good, Optional<Region> region, Set<Visibility> readable) {
        List<String> goods = related(vocabulary.goodAndBroader(good.id()), vocabulary.goodAndNarrower(good.id()));
        List<String> regions = region.map(r -> related(vocabulary.regionAndBroader(r.id()), vocabulary.regionAndNarrower(r.id())))
                .orElse(List.of());

        Map<String, Document> candidates = new LinkedHashMap<>();
        for (List<Document> found : List.of(documents.byGoods(goods, readable), documents.byRegions(regions, readable),
                documents.byTopics(ALL_GOODS_TOPICS, readable), documents.byTopics(List.of(DUE_DILIGENCE_TOPIC), readable))) {
            found.forEach(d -> candidates.putIfAbsent(d.getSlug(), d));
        }

        List<Finding> rules = new ArrayList<>();
        List<Finding> lists = new ArrayList<>();
        List<Finding> guidance = new ArrayList<>();
        for (Document d : candidates.values()) {
            if (d.getStatus() == DocumentStatus.ARCHIVED) {
                continue;
            }
            List<Match> tagged = new ArrayList<>();
            tagged.addAll(matches(d, Kind.GOOD, d.getGoods(), goods, id -> vocabulary.good(id)));
            tagged.addAll(matches(d, Kind.REGION, d.getRegions(), regions, id -> vocabulary.region(id)));
            if (d.getTopics().contains(LISTS_TOPIC)) {
                if (!tagged.isEmpty()) {
                    lists.add(new Finding(d, tagged));
                }
            } else if (isRule(d)) {
                List<Match> why = new ArrayList<>(tagged);
                d.getTopics().stream().filter(ALL_GOODS_TOPICS::contains).findFirst()
                        .ifPresent(topic -> why.add(new Match(Kind.ALL_GOODS, topic, Map.of())));
                if (!why.isEmpty()) {
                    rules.add(new Finding(d, why));
                }
            } else if (GUIDANCE_TYPES.contains(d.getType())
                    && (!tagged.isEmpty() || d.getTopics().contains(DUE_DILIGENCE_TOPIC))) {
                guidance.add(new Finding(d, tagged));
            }
        }
        rules.sort(Comparator.comparing((Finding f) -> !f.document().isBinding())
                .thenComparing(f -> f.document().getGovernment())
                .thenComparing(NEWEST_FIRST));
        lists.sort(NEWEST_FIRST);
        // Guidance that names the product or place comes before general guidance on due diligence.
        guidance.sort(Comparator.comparing((Finding f) -> f.matches().isEmpty())
                .thenComparing(f -> f.document().getGovernment())
                .thenComparing(NEWEST_FIRST));
        return new CheckAnswer(good, region.orElse(null), rules, lists, guidance);
    }

    /** Rules of the two governments: laws, regulations and policies, and any binding instrument. */
    private static boolean isRule(Document d) {
        return RULE_GOVERNMENTS.contains(d.getGovernment()) && (d.isBinding() || RULE_TYPES.contains(d.getType()));
    }

    private static List<String> related(List<String> broader, List<String> narrower) {
        Set<String> all = new LinkedHashSet<>(broader);
        all.addAll(narrower);
        return List.copyOf(all);
    }

    private static List<Match> matches(Document d, Kind kind, List<String> tags, List<String> wanted,
            java.util.function.Function<String, Optional<? extends TagTerm>> terms) {
        List<Match> matches = new ArrayList<>();
        // In the order of what was asked: the good or region itself first, then broader, then narrower entries.
        for (String tag : wanted.stream().filter(tags::contains).toList()) {
            terms.apply(tag).ifPresent(term -> matches.add(new Match(kind, tag, sentences(d, term))));
        }
        return matches;
    }

    /** The sentence of each language version that names the term, as the content check found it when tagging. */
    private static Map<Language, String> sentences(Document d, TagTerm term) {
        Map<Language, String> sentences = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            d.findVersion(language).flatMap(v -> TermMatcher.of(term.forms(language)).sentenceIn(text(v)))
                    .ifPresent(s -> sentences.put(language, s));
        }
        return sentences;
    }

    private static LanguageText text(LanguageVersion v) {
        return new LanguageText(v.getTitle(), v.getSummary(), v.getScope(), v.getEnforcement(), v.getBody());
    }
}
