package jpus.taskforce.portal.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The document when the reader may see it; otherwise nothing, exactly as for an unknown slug. */
    public Optional<Document> findReadableBySlug(String slug, Set<Visibility> readable) {
        return findBySlug(slug).filter(d -> readable.contains(d.getVisibility()));
    }

    /** Slugs of the documents that were seeded from content files. */
    public List<String> seededSlugs() {
        return em.createQuery("select d.slug from Document d where d.contentPath is not null", String.class)
                .getResultList();
    }

    public List<Document> latest(int limit, Set<Visibility> readable) {
        return em.createQuery("select d from Document d where d.visibility in :readable "
                + "order by d.issued.date desc, d.slug", Document.class)
                .setParameter("readable", readable)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Readable documents with the given slugs, in the order of the slugs. */
    public List<Document> bySlugs(List<String> slugs, Set<Visibility> readable) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Document> found = new HashMap<>();
        em.createQuery("select d from Document d where d.slug in :slugs and d.visibility in :readable", Document.class)
                .setParameter("slugs", slugs)
                .setParameter("readable", readable)
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

    /** Readable documents filed under a topic, newest first. */
    public List<Document> byTopic(String topic, Set<Visibility> readable) {
        return em.createQuery("select distinct d from Document d join d.topics t where t = :topic "
                + "and d.visibility in :readable order by d.issued.date desc, d.slug", Document.class)
                .setParameter("topic", topic)
                .setParameter("readable", readable)
                .getResultList();
    }

    /** Readable documents issued by an agency, newest first. */
    public List<Document> byAgency(String agency, Set<Visibility> readable) {
        return em.createQuery("select d from Document d where d.agency = :agency and d.visibility in :readable "
                + "order by d.issued.date desc, d.slug", Document.class)
                .setParameter("agency", agency)
                .setParameter("readable", readable)
                .getResultList();
    }

    /** When any document last changed: the Last-Modified of lists and search results. */
    public Instant lastModified() {
        Instant latest = em.createQuery("select max(d.modifiedAt) from Document d", Instant.class).getSingleResult();
        return latest == null ? Instant.EPOCH : latest;
    }

    /** The ids of the documents a caller may read, in slug order: an export walks them in batches. */
    public List<Long> readableIdsBySlug(Set<Visibility> readable) {
        return em.createQuery("select d.id from Document d where d.visibility in :readable order by d.slug", Long.class)
                .setParameter("readable", readable).getResultList();
    }

    /** The documents with these ids, in slug order. */
    public List<Document> byIds(List<Long> ids) {
        return em.createQuery("select d from Document d where d.id in :ids order by d.slug", Document.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Lets go of the documents read so far in this transaction, so that a long walk holds one batch at a time. */
    public void forgetRead() {
        em.clear();
    }

    /** Every document's id, in id order. */
    public List<Long> ids() {
        return em.createQuery("select d.id from Document d order by d.id", Long.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(d) from Document d", Long.class).getSingleResult();
    }

    /** Number of readable documents per topic id; topics without any are absent. */
    public Map<String, Long> countsByTopic(Set<Visibility> readable) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select t, count(d) from Document d join d.topics t where d.visibility in :readable "
                + "group by t", Object[].class)
                .setParameter("readable", readable)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The goods each readable document is tagged with, by document id; untagged documents are absent. */
    public Map<Long, List<String>> goodsByDocument(Set<Visibility> readable) {
        return tagsByDocument("goods", readable);
    }

    /** The regions each readable document is tagged with, by document id; untagged documents are absent. */
    public Map<Long, List<String>> regionsByDocument(Set<Visibility> readable) {
        return tagsByDocument("regions", readable);
    }

    private Map<Long, List<String>> tagsByDocument(String collection, Set<Visibility> readable) {
        Map<Long, List<String>> tags = new HashMap<>();
        em.createQuery("select d.id, t from Document d join d." + collection + " t where d.visibility in :readable",
                Object[].class)
                .setParameter("readable", readable)
                .getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]));
        return tags;
    }

    /** Readable documents tagged with any of the goods, newest first. */
    public List<Document> byGoods(java.util.Collection<String> goods, Set<Visibility> readable) {
        return byTags("goods", goods, readable);
    }

    /** Readable documents tagged with any of the regions, newest first. */
    public List<Document> byRegions(java.util.Collection<String> regions, Set<Visibility> readable) {
        return byTags("regions", regions, readable);
    }

    private List<Document> byTags(String collection, java.util.Collection<String> ids, Set<Visibility> readable) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct d from Document d join d." + collection + " t where t in :ids "
                + "and d.visibility in :readable order by d.issued.date desc, d.slug", Document.class)
                .setParameter("ids", ids)
                .setParameter("readable", readable)
                .getResultList();
    }

    /** Readable documents filed under any of the topics, newest first. */
    public List<Document> byTopics(java.util.Collection<String> topics, Set<Visibility> readable) {
        return em.createQuery("select distinct d from Document d join d.topics t where t in :topics "
                + "and d.visibility in :readable order by d.issued.date desc, d.slug", Document.class)
                .setParameter("topics", topics)
                .setParameter("readable", readable)
                .getResultList();
    }

    public void persist(Document document) {
        em.persist(document);
    }
}
