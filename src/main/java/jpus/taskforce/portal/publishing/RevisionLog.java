package jpus.taskforce.portal.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Visibility;

/** Records and reads the immutable revisions of documents. */
@ApplicationScoped
public class RevisionLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Records the document's present state as its next revision, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentRevision record(Document document, String changeNote, boolean major, String actor) {
        int number = document.nextRevision();
        DocumentRevision revision = new DocumentRevision(document.getSlug(), number, major, changeNote,
                write(DocumentInput.of(document)), actor);
        em.persist(revision);
        return revision;
    }

    /** Newest first. */
    public List<DocumentRevision> list(String slug) {
        return em.createQuery("select r from DocumentRevision r where r.slug = :slug order by r.number desc",
                DocumentRevision.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** The newest revisions of the documents the reader may see now, across documents: for feeds. */
    @Transactional
    public List<DocumentRevision> newest(int limit, Set<Visibility> readable) {
        return em.createQuery("select r from DocumentRevision r where r.slug in "
                + "(select d.slug from Document d where d.visibility in :readable) "
                + "order by r.publishedAt desc, r.number desc, r.slug", DocumentRevision.class)
                .setParameter("readable", readable)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest revision of each of the documents, by slug; a document without any is absent. */
    public Map<String, DocumentRevision> latest(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from DocumentRevision r where r.slug in :slugs and r.number = "
                + "(select max(o.number) from DocumentRevision o where o.slug = r.slug)", DocumentRevision.class)
                .setParameter("slugs", slugs)
                .getResultStream()
                .collect(Collectors.toMap(DocumentRevision::getSlug, Function.identity()));
    }

    public Optional<DocumentRevision> find(String slug, int number) {
        return em.createQuery("select r from DocumentRevision r where r.slug = :slug and r.number = :number",
                DocumentRevision.class)
                .setParameter("slug", slug)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public DocumentInput read(String content) {
        try {
            return json.readValue(content, DocumentInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document no longer reads as a document", e);
        }
    }

    public String write(DocumentInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document could not be written as JSON", e);
        }
    }
}
