package jpus.taskforce.portal.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.audit.AuditAction;
import jpus.taskforce.portal.audit.AuditLog;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.publishing.DocumentPublished;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;

/**
 * Files attached to documents: checked and read when uploaded to a draft, published with it, and
 * served only to those who may read the document (or, while pending, its draft).
 */
@ApplicationScoped
public class Attachments {

    @Inject
    EntityManager em;

    @Inject
    AttachmentInspector inspector;

    @Inject
    Publishing publishing;

    @Inject
    DocumentRepository documents;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentConfig config;

    public long maxSize() {
        return config.maxSize().asLongValue();
    }

    /**
     * Checks the file (type from its content, text extracted) before any transaction opens, then
     * stores it against the draft. The declared name only supplies a readable, sanitised file name.
     */
    public Attachment upload(String slug, byte[] content, String declaredName, Viewer viewer) {
        if (content.length > maxSize()) {
            throw new TooLarge(maxSize());
        }
        // Refuse early, before the slow part, when the person may not attach to this draft.
        QuarkusTransaction.requiringNew().run(() -> publishing.editableDraft(slug, viewer));
        InspectedAttachment file = inspector.inspect(content, declaredName);
        return QuarkusTransaction.requiringNew().call(() -> {
            publishing.editableDraft(slug, viewer);
            Attachment attachment = new Attachment(slug, file, content, sha256(content), viewer.actor());
            em.persist(attachment);
            audit.record(viewer.actor(), AuditAction.ATTACHMENT_UPLOAD, slug,
                    attachment.getFileName() + " (" + attachment.getMediaType() + ", " + content.length + " bytes)");
            return attachment;
        });
    }

    @Transactional
    public void delete(String slug, long id, Viewer viewer) {
        publishing.editableDraft(slug, viewer);
        Attachment attachment = find(slug, id).orElseThrow(() -> new PublishingException.NotFound(slug + "/" + id));
        attachment.detach();
        em.remove(attachment);
        audit.record(viewer.actor(), AuditAction.ATTACHMENT_DELETE, slug, attachment.getFileName());
    }

    /** The attachment with its content, when the person may read it; otherwise nothing. */
    @Transactional
    public Optional<Attachment> readable(String slug, long id, Viewer viewer) {
        return find(slug, id).filter(a -> a.isPublished()
                ? documents.findReadableBySlug(slug, viewer.readable()).isPresent()
                : !viewer.isAnonymous() && publishing.seesDraft(slug, viewer))
                .map(a -> {
                    a.getContent();
                    return a;
                });
    }

    /** Attachments of the published document. */
    @Transactional
    public List<Attachment> published(String slug) {
        return em.createQuery("select a from Attachment a where a.slug = :slug and a.document is not null order by a.id",
                Attachment.class).setParameter("slug", slug).getResultList();
    }

    /** Attachments waiting for the draft's publication. */
    @Transactional
    public List<Attachment> pending(String slug) {
        return em.createQuery("select a from Attachment a where a.slug = :slug and a.document is null order by a.id",
                Attachment.class).setParameter("slug", slug).getResultList();
    }

    /** Pending attachments go public with the publication, in its transaction. */
    void onPublished(@Observes DocumentPublished event) {
        if (event.kind() == DocumentPublished.Kind.ARCHIVED) {
            return;
        }
        documents.findBySlug(event.slug()).ifPresent(document -> pending(event.slug())
                .forEach(attachment -> attachment.publishWith(document)));
    }

    private Optional<Attachment> find(String slug, long id) {
        Attachment attachment = em.find(Attachment.class, id);
        return Optional.ofNullable(attachment).filter(a -> a.getSlug().equals(slug));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** A file over the configured limit. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        public TooLarge(long limit) {
            super("The file is larger than the limit of " + (limit / (1024 * 1024)) + " MB.");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
