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
 * The controlled vocabularies (agencies, topics, glossary), held in memory: every search and page
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
            Instant loadedAt) {
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
        return new Snapshot(Collections.unmodifiableMap(agencies), Collections.unmodifiableMap(topics),
                List.copyOf(glossary), Instant.now());
    }
}
