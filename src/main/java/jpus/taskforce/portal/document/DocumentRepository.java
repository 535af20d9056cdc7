package jpus.taskforce.portal.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads documents from the database, the source of truth (the index can always be rebuilt). */
@ApplicationScoped
public class DocumentRepository {

    @Inject
    EntityManager em;

    public Optional<Document> findBySlug(String slug) {
        return em.createQuery("select d from Document d where d.slug = :slug", Document.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Document> findPublicBySlug(String slug) {
        return findBySlug(slug).filter(d -> d.getVisibility() == Visibility.PUBLIC);
    }

    /** Slugs of the documents that were seeded from content files. */
    public List<String> seededSlugs() {
        return em.createQuery("select d.slug from Document d where d.contentPath is not null", String.class)
                .getResultList();
    }

    public List<Document> latestPublic(int limit) {
        return em.createQuery("select d from Document d where d.visibility = :visibility "
                + "order by d.issued.date desc, d.slug", Document.class)
                .setParameter("visibility", Visibility.PUBLIC)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The most recently changed public documents: for feeds. */
    public List<Document> recentlyChangedPublic(int limit) {
        return em.createQuery("select d from Document d where d.visibility = :visibility "
                + "order by d.modifiedAt desc, d.slug", Document.class)
                .setParameter("visibility", Visibility.PUBLIC)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Public documents with the given slugs, in the order of the slugs. */
    public List<Document> publicBySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Document> found = new HashMap<>();
        em.createQuery("select d from Document d where d.slug in :slugs and d.visibility = :visibility", Document.class)
                .setParameter("slugs", slugs)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList()
                .forEach(d -> found.put(d.getSlug(), d));
        return slugs.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every public document, by slug: for the sitemap. */
    public List<Document> allPublic() {
        return em.createQuery("select d from Document d where d.visibility = :visibility order by d.slug", Document.class)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList();
    }

    /** Public documents filed under a topic, newest first. */
    public List<Document> publicByTopic(String topic) {
        return em.createQuery("select distinct d from Document d join d.topics t where t = :topic "
                + "and d.visibility = :visibility order by d.issued.date desc, d.slug", Document.class)
                .setParameter("topic", topic)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList();
    }

    /** Public documents issued by an agency, newest first. */
    public List<Document> publicByAgency(String agency) {
        return em.createQuery("select d from Document d where d.agency = :agency and d.visibility = :visibility "
                + "order by d.issued.date desc, d.slug", Document.class)
                .setParameter("agency", agency)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList();
    }

    /** When any document last changed: the Last-Modified of lists and search results. */
    public Instant lastModified() {
        Instant latest = em.createQuery("select max(d.modifiedAt) from Document d", Instant.class).getSingleResult();
        return latest == null ? Instant.EPOCH : latest;
    }

    public long count() {
        return em.createQuery("select count(d) from Document d", Long.class).getSingleResult();
    }

    /** Number of public documents per topic id; topics without any are absent. */
    public Map<String, Long> publicCountsByTopic() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select t, count(d) from Document d join d.topics t where d.visibility = :visibility "
                + "group by t", Object[].class)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public void persist(Document document) {
        em.persist(document);
    }
}
