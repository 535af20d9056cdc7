package jpus.taskforce.portal.vocabulary;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The controlled vocabularies (agencies, topics, glossary, goods, regions), held in memory: every search and page
 * labels facet values with them, and they change only when content is loaded. A short time to live
 * lets a replica see another replica's load without any coordination.
 */
@ApplicationScoped
public class Vocabulary {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

    @Inject
    EntityManager em;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Agency> agencies, Map<String, Topic> topics, List<GlossaryTerm> glossary,
            Map<String, Good> goods, Map<String, Region> regions, Instant loadedAt) {
    }

    public Optional<Agency> agency(String id) {
        return Optional.ofNullable(current().agencies().get(id));
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(current().topics().get(id));
    }

    public List<Agency> agencies() {
        return List.copyOf(current().agencies().values());
    }

    /** Topics in the order of the vocabulary file. */
    public List<Topic> topics() {
        return List.copyOf(current().topics().values());
    }

    public List<GlossaryTerm> glossary() {
        return current().glossary();
    }

    public Optional<Good> good(String id) {
        return Optional.ofNullable(current().goods().get(id));
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(current().regions().get(id));
    }

    /** Goods in the order of the vocabulary file. */
    public List<Good> goods() {
        return List.copyOf(current().goods().values());
    }

    /** Regions in the order of the vocabulary file. */
    public List<Region> regions() {
        return List.copyOf(current().regions().values());
    }

    /** The good and every good above it: polysilicon, then solar. */
    public List<String> goodAndBroader(String id) {
        return withBroader(id, current().goods());
    }

    /** The region and every region it lies in: Xinjiang, then China. */
    public List<String> regionAndBroader(String id) {
        return withBroader(id, current().regions());
    }

    /** The good and every good below it: solar, then polysilicon and solar panels. */
    public List<String> goodAndNarrower(String id) {
        return withNarrower(id, current().goods());
    }

    /** The region and every region inside it: China, then Xinjiang. */
    public List<String> regionAndNarrower(String id) {
        return withNarrower(id, current().regions());
    }

    /**
     * How many documents each good covers, counting a document once under the goods it is tagged
     * with and once under every broader good, as the search filter {@code good=} finds them.
     */
    public Map<String, Long> goodCounts(java.util.Collection<List<String>> tagsOfEachDocument) {
        return counts(tagsOfEachDocument, this::goodAndBroader);
    }

    /** How many documents each region covers, a country counting the documents of its regions once each. */
    public Map<String, Long> regionCounts(java.util.Collection<List<String>> tagsOfEachDocument) {
        return counts(tagsOfEachDocument, this::regionAndBroader);
    }

    private static Map<String, Long> counts(java.util.Collection<List<String>> tagsOfEachDocument,
            java.util.function.Function<String, List<String>> withBroader) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (List<String> tags : tagsOfEachDocument) {
            tags.stream().flatMap(t -> withBroader.apply(t).stream()).distinct()
                    .forEach(id -> counts.merge(id, 1L, Long::sum));
        }
        return counts;
    }

    private List<String> withNarrower(String id, Map<String, ? extends TagTerm> terms) {
        return terms.keySet().stream().filter(t -> withBroader(t, terms).contains(id)).toList();
    }

    private static List<String> withBroader(String id, Map<String, ? extends TagTerm> terms) {
        List<String> ids = new java.util.ArrayList<>();
        for (String at = id; at != null && !ids.contains(at); at = terms.containsKey(at) ? terms.get(at).parent() : null) {
            ids.add(at);
        }
        return List.copyOf(ids);
    }

    /**
     * The vocabularies as currently read: the same object until they are read again, so that
     * what is derived from them can be kept until then.
     */
    public Object revision() {
        return current();
    }

    /** Forget the cached vocabularies, after a content load changed them. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(TIME_TO_LIVE).isBefore(Instant.now())) {
            s = QuarkusTransaction.joiningExisting().call(this::read);
            snapshot = s;
        }
        return s;
    }

    private Snapshot read() {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        em.createQuery("select a from Agency a order by a.id", Agency.class).getResultList()
                .forEach(a -> agencies.put(a.id(), a));
        Map<String, Topic> topics = new LinkedHashMap<>();
        em.createQuery("select t from Topic t order by t.position", Topic.class).getResultList()
                .forEach(t -> topics.put(t.id(), t));
        List<GlossaryTerm> glossary = em.createQuery("select g from GlossaryTerm g order by g.position", GlossaryTerm.class)
                .getResultList();
        glossary.forEach(GlossaryTerm::variants);
        Map<String, Good> goods = new LinkedHashMap<>();
        em.createQuery("select g from Good g order by g.position", Good.class).getResultList()
                .forEach(g -> goods.put(g.id(), g));
        Map<String, Region> regions = new LinkedHashMap<>();
        em.createQuery("select r from Region r order by r.position", Region.class).getResultList()
                .forEach(r -> regions.put(r.id(), r));
        return new Snapshot(Collections.unmodifiableMap(agencies), Collections.unmodifiableMap(topics),
                List.copyOf(glossary), Collections.unmodifiableMap(goods), Collections.unmodifiableMap(regions),
                Instant.now());
    }
}
