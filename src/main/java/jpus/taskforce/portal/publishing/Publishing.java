package jpus.taskforce.portal.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import jpus.taskforce.portal.audit.AuditAction;
import jpus.taskforce.portal.audit.AuditEvent;
import jpus.taskforce.portal.audit.AuditLog;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.notification.Notifications;
import jpus.taskforce.portal.notification.WorkflowNotice;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.translation.Translations;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * The editorial workflow: a draft is written, submitted for review, approved by the reviewers of
 * the governments concerned, then published (now or at a set time), which writes the document
 * readers see and records an immutable revision. Every step is checked against {@link Permissions}
 * and written to the audit log in the same transaction.
 *
 * <p>Someone who may not see a draft or a restricted document is told it does not exist, exactly
 * as for a slug nobody uses.
 */
@ApplicationScoped
public class Publishing {

    static final String SCHEDULER = "scheduled-publication";
    private static final Logger LOG = Logger.getLogger(Publishing.class);

    @Inject
    EntityManager em;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentValidator validator;

    @Inject
    RevisionLog revisions;

    @Inject
    AuditLog audit;

    @Inject
    Translations translations;

    @Inject
    Notifications notifications;

    @Inject
    Event<DocumentPublished> published;

    @Transactional
    public DocumentDraft create(DocumentInput input, Viewer viewer) {
        requireWriter(viewer);
        ValidatedDocument document = validator.validate(input);
        requireEdits(viewer, document.metadata().government());
        if (documents.findBySlug(document.slug()).isPresent() || findDraft(document.slug()).isPresent()) {
            throw new PublishingException.Conflict("The slug '" + document.slug() + "' is already taken; choose another.");
        }
        DocumentDraft draft = new DocumentDraft(document.slug(), 0, viewer.actor());
        draft.write(document, revisions.write(input.withSlug(document.slug())), viewer.actor());
        em.persist(draft);
        audit.record(viewer.actor(), AuditAction.CREATE, draft.getSlug(), document.title());
        notifications.seen(viewer);
        return draft;
    }

    /** Saves new content for a draft, starting one from the published document when there is none. */
    @Transactional
    public DocumentDraft update(String slug, DocumentInput input, Viewer viewer) {
        requireWriter(viewer);
        if (input != null && input.slug() != null && !input.slug().strip().equals(slug)) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("slug", Reason.SLUG_FIXED,
                    "must be the slug in the address; a document's slug cannot change")));
        }
        DocumentInput withSlug = input == null ? null : input.withSlug(slug);
        ValidatedDocument document = validator.validate(withSlug);
        DocumentDraft draft = findDraft(slug).orElse(null);
        if (draft != null && !Permissions.seesDraft(viewer, draft.getGovernment())) {
            throw publishedVisibleTo(slug, viewer).isPresent()
                    ? new PublishingException.Conflict("The other government's staff are preparing a change to this document.")
                    : new PublishingException.NotFound(slug);
        }
        boolean fresh = draft == null;
        if (fresh) {
            Document current = publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug));
            requireEdits(viewer, current.getGovernment());
            draft = new DocumentDraft(slug, current.getCurrentRevision(), viewer.actor());
        } else {
            requireEdits(viewer, draft.getGovernment());
        }
        requireEdits(viewer, document.metadata().government());
        draft.write(document, revisions.write(withSlug), viewer.actor());
        if (fresh) {
            // Persisted once complete: Hibernate inserts the state the entity has when persisted.
            em.persist(draft);
        }
        audit.record(viewer.actor(), AuditAction.EDIT, slug, document.changeNote());
        notifications.seen(viewer);
        return draft;
    }

    @Transactional
    public DocumentDraft submit(String slug, String changeNote, Boolean major, Viewer viewer) {
        requireWriter(viewer);
        DocumentDraft draft = visibleDraft(slug, viewer);
        requireEdits(viewer, draft.getGovernment());
        if (draft.getState() != DraftState.DRAFT) {
            throw new PublishingException.Conflict("Only a draft can be submitted; this one is " + draft.getState().code() + ".");
        }
        String note = changeNote != null && !changeNote.isBlank() ? changeNote.strip() : draft.getChangeNote();
        if (note == null && draft.getBaseRevision() > 0) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("changeNote", Reason.CHANGE_NOTE,
                    "is required: say what changed, for the revision history")));
        }
        checkNote(note);
        draft.submit(note, major);
        audit.record(viewer.actor(), AuditAction.SUBMIT, slug, note);
        notifications.seen(viewer);
        notifications.stepTaken(WorkflowNotice.SUBMITTED, slug, draft.getTitle(), draft.getGovernment(), viewer.actor(), null);
        return draft;
    }

    @Transactional
    public DocumentDraft approve(String slug, Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isReviewer() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Only reviewers approve publications.");
        }
        DocumentDraft draft = visibleDraft(slug, viewer);
        if (!Permissions.reviews(viewer, draft.getGovernment())) {
            throw new PublishingException.Forbidden("Reviewers approve their own government's documents.");
        }
        if (draft.getState() != DraftState.IN_REVIEW) {
            throw new PublishingException.Conflict("Only a draft in review can be approved; this one is "
                    + draft.getState().code() + ".");
        }
        if (viewer.actor().equals(draft.getUpdatedBy())) {
            throw new PublishingException.Forbidden("A change is approved by someone other than its author.");
        }
        Set<Government> sides = Permissions.approvalsGivenBy(viewer, draft.getGovernment());
        sides.removeAll(draft.approvals());
        if (sides.isEmpty()) {
            throw new PublishingException.Conflict("Your government has already approved this draft.");
        }
        draft.approve(sides, viewer.actor());
        audit.record(viewer.actor(), AuditAction.APPROVE, slug, "for " + sides);
        notifications.seen(viewer);
        notifications.stepTaken(WorkflowNotice.APPROVED, slug, draft.getTitle(), draft.getGovernment(), viewer.actor(), null);
        return draft;
    }

    /**
     * Sends a draft in review back to its editors with the reviewer's remark: it becomes editable
     * again and the approvals given so far no longer hold.
     */
    @Transactional
    public DocumentDraft returnToEditors(String slug, String remark, Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isReviewer() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Only reviewers send drafts back.");
        }
        DocumentDraft draft = visibleDraft(slug, viewer);
        if (!Permissions.reviews(viewer, draft.getGovernment())) {
            throw new PublishingException.Forbidden("Reviewers send back their own government's drafts.");
        }
        if (draft.getState() != DraftState.IN_REVIEW) {
            throw new PublishingException.Conflict("Only a draft in review can be sent back; this one is "
                    + draft.getState().code() + ".");
        }
        String text = checkRemark(remark, "remark");
        draft.returnToEditors();
        em.persist(new ReviewRemark(draft, viewer.actor(), text, true));
        audit.record(viewer.actor(), AuditAction.RETURN, slug, text);
        notifications.seen(viewer);
        notifications.stepTaken(WorkflowNotice.RETURNED, slug, draft.getTitle(), draft.getGovernment(), viewer.actor(), text);
        return draft;
    }

    /** Adds a remark to the draft; anyone who may see the draft may, whatever its state. */
    @Transactional
    public ReviewRemark remark(String slug, String text, Viewer viewer) {
        requireSignedIn(viewer);
        DocumentDraft draft = visibleDraft(slug, viewer);
        ReviewRemark remark = new ReviewRemark(draft, viewer.actor(), checkRemark(text, "text"), false);
        em.persist(remark);
        audit.record(viewer.actor(), AuditAction.REMARK, slug, remark.getText());
        return remark;
    }

    /**
     * Every remark made on the document's drafts, oldest first, kept after publication. Read by those
     * who may see the document's drafts; to anyone else the document has none, or does not exist.
     */
    @Transactional
    public List<ReviewRemark> remarks(String slug, Viewer viewer) {
        requireSignedIn(viewer);
        if (!readsReview(slug, viewer)) {
            throw new PublishingException.NotFound(slug);
        }
        return em.createQuery("select r from ReviewRemark r where r.slug = :slug order by r.madeAt, r.id", ReviewRemark.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** The document's workflow history (the audit log's entries for it), newest first, for those who read its review. */
    @Transactional
    public List<AuditEvent> reviewHistory(String slug, Viewer viewer, int limit) {
        if (viewer.isAnonymous() || !readsReview(slug, viewer)) {
            return List.of();
        }
        return audit.recent(slug, 0, limit);
    }

    /**
     * Publishes an approved draft now, or schedules it when {@code at} (or the draft's own time) is
     * in the future. Returns the document when published now, empty when scheduled.
     */
    @Transactional
    public Optional<Document> publish(String slug, Instant at, Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isReviewer() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Reviewers publish approved drafts; editors submit them for review.");
        }
        DocumentDraft draft = visibleDraft(slug, viewer);
        if (!Permissions.publishes(viewer, draft.getGovernment())) {
            throw new PublishingException.Forbidden("Reviewers publish their own government's documents.");
        }
        if (draft.getState() != DraftState.APPROVED) {
            throw new PublishingException.Conflict("A draft is published once approved; this one is "
                    + draft.getState().code() + ".");
        }
        notifications.seen(viewer);
        Instant when = at != null ? at : draft.getPublishAt();
        if (when != null && when.isAfter(Instant.now())) {
            draft.schedule(when);
            audit.record(viewer.actor(), AuditAction.SCHEDULE, slug, "for " + when);
            return Optional.empty();
        }
        return Optional.of(publishNow(draft, viewer.actor()));
    }

    @Transactional
    public Document archive(String slug, String changeNote, Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isReviewer() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Only reviewers archive documents.");
        }
        Document document = publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug));
        if (!Permissions.reviews(viewer, document.getGovernment())) {
            throw new PublishingException.Forbidden("Reviewers archive their own government's documents.");
        }
        if (document.getStatus() == DocumentStatus.ARCHIVED) {
            throw new PublishingException.Conflict("The document is already archived.");
        }
        String note = changeNote == null || changeNote.isBlank() ? "Archived." : changeNote.strip();
        checkNote(note);
        document.archive();
        document.markEditedInPortal();
        int revision = revisions.record(document, note, true, viewer.actor()).getNumber();
        audit.record(viewer.actor(), AuditAction.ARCHIVE, slug, note);
        published.fire(new DocumentPublished(slug, revision, DocumentPublished.Kind.ARCHIVED, document.getVisibility(),
                document.getVisibility()));
        return document;
    }

    /** Publishes every approved draft whose time has come; each in its own transaction. */
    public int publishDue() {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select d.slug from DocumentDraft d where d.state = :state and d.publishAt <= :now order by d.publishAt",
                String.class)
                .setParameter("state", DraftState.APPROVED)
                .setParameter("now", Instant.now())
                .getResultList());
        int count = 0;
        for (String slug : due) {
            try {
                boolean done = QuarkusTransaction.requiringNew().call(() -> findDraft(slug)
                        .filter(d -> d.getState() == DraftState.APPROVED && d.getPublishAt() != null
                                && !d.getPublishAt().isAfter(Instant.now()))
                        .map(d -> publishNow(d, SCHEDULER))
                        .isPresent());
                count += done ? 1 : 0;
            } catch (OptimisticLockException | PublishingException e) {
                // Another replica published it first, or the draft no longer passes the rules
                // (a topic was removed, say): it stays approved and visible to its editors.
                LOG.warnf("Scheduled publication of %s not done: %s", slug, e.getMessage());
            }
        }
        return count;
    }

    // ---- reading drafts and revisions ----

    /** The draft the person may see, as {@code view} shows it. */
    @Transactional
    public <T> T draft(String slug, Viewer viewer, Function<DocumentDraft, T> view) {
        requireSignedIn(viewer);
        return view.apply(visibleDraft(slug, viewer));
    }

    /**
     * A document as staff see it: the draft when the person may see one (else null) beside the
     * published document when they may read it (else null); not found when there is neither.
     */
    @Transactional
    public <T> T draftAndDocument(String slug, Viewer viewer, BiFunction<DocumentDraft, Document, T> view) {
        DocumentDraft draft = draftSeenBy(slug, viewer).orElse(null);
        Document document = publishedVisibleTo(slug, viewer).orElse(null);
        if (draft == null && document == null) {
            throw new PublishingException.NotFound(slug);
        }
        return view.apply(draft, document);
    }

    /**
     * What the person would change in the editor: the draft when they see one, else the published
     * document; refused unless they may edit it.
     */
    @Transactional
    public DocumentInput contentToEdit(String slug, Viewer viewer) {
        requireSignedIn(viewer);
        Optional<DocumentDraft> draft = draftSeenBy(slug, viewer);
        if (draft.isPresent()) {
            requireEdits(viewer, draft.get().getGovernment());
            return content(draft.get());
        }
        Document document = publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug));
        requireEdits(viewer, document.getGovernment());
        return DocumentInput.of(document);
    }

    /** The drafts the person may see, most recently changed first. */
    @Transactional
    public List<DocumentDraft> drafts(Viewer viewer) {
        if (!viewer.isStaff()) {
            return List.of();
        }
        return em.createQuery("select d from DocumentDraft d order by d.updatedAt desc", DocumentDraft.class)
                .getResultStream()
                .filter(d -> Permissions.seesDraft(viewer, d.getGovernment()))
                .toList();
    }

    @Transactional
    public List<DocumentRevision> revisions(String slug, Viewer viewer) {
        publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug));
        return revisions.list(slug);
    }

    @Transactional
    public List<FieldChange> diff(String slug, int from, int to, Viewer viewer) {
        publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug));
        DocumentRevision a = revisions.find(slug, from).orElseThrow(() -> new PublishingException.NotFound(slug + "@" + from));
        DocumentRevision b = revisions.find(slug, to).orElseThrow(() -> new PublishingException.NotFound(slug + "@" + to));
        return RevisionDiff.compare(revisions.read(a.getContent()).contentOnly(), revisions.read(b.getContent()).contentOnly());
    }

    /** The draft's content against what readers see now (empty for a document never published). */
    @Transactional
    public List<FieldChange> pendingChanges(String slug, Viewer viewer) {
        DocumentDraft draft = visibleDraft(slug, viewer);
        DocumentInput proposed = revisions.read(draft.getContent()).contentOnly();
        DocumentInput current = documents.findBySlug(slug).map(DocumentInput::of)
                .orElse(new DocumentInput(slug, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null));
        return RevisionDiff.compare(current, proposed);
    }

    /** The draft the person may change (to attach files to it, say), or why not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentDraft editableDraft(String slug, Viewer viewer) {
        requireWriter(viewer);
        DocumentDraft draft = draftSeenBy(slug, viewer)
                .orElseThrow(() -> publishedVisibleTo(slug, viewer).isPresent()
                        ? new PublishingException.Conflict("Start a draft of the document (edit it) before attaching files.")
                        : new PublishingException.NotFound(slug));
        requireEdits(viewer, draft.getGovernment());
        return draft;
    }

    /** Whether the person may see the draft of this slug, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seesDraft(String slug, Viewer viewer) {
        return draftSeenBy(slug, viewer).isPresent();
    }

    /** Whether the person may read the review of this document: its remarks and workflow history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean readsReview(String slug, Viewer viewer) {
        Optional<DocumentDraft> draft = findDraft(slug);
        if (draft.isPresent()) {
            return Permissions.seesDraft(viewer, draft.get().getGovernment());
        }
        return publishedVisibleTo(slug, viewer).filter(d -> Permissions.seesDraft(viewer, d.getGovernment())).isPresent();
    }

    /** The published document when the person may read it, as {@code view} shows it. */
    @Transactional
    public <T> T publishedDocument(String slug, Viewer viewer, Function<Document, T> view) {
        return view.apply(publishedVisibleTo(slug, viewer).orElseThrow(() -> new PublishingException.NotFound(slug)));
    }

    public DocumentInput content(DocumentDraft draft) {
        return revisions.read(draft.getContent());
    }

    // ---- internals ----

    private Document publishNow(DocumentDraft draft, String actor) {
        // Before the publication is recorded: the editors told are those of the draft now published.
        notifications.stepTaken(WorkflowNotice.PUBLISHED, draft.getSlug(), draft.getTitle(), draft.getGovernment(), actor, null);
        DocumentInput content = revisions.read(draft.getContent());
        ValidatedDocument document = validator.validate(content);
        Optional<Document> existing = documents.findBySlug(draft.getSlug());
        Visibility before = existing.map(Document::getVisibility).orElse(null);
        DocumentInput previous = existing.map(DocumentInput::of).orElse(null);
        Document target = existing.orElseGet(() -> new Document(draft.getSlug()));
        target.replaceContent(document.metadata(), document.texts());
        target.markEditedInPortal();
        if (existing.isEmpty()) {
            documents.persist(target);
        }
        String note = draft.getChangeNote() != null ? draft.getChangeNote()
                : existing.isEmpty() ? "First publication." : "Updated.";
        int revision = revisions.record(target, note, draft.isMajor() || existing.isEmpty(), actor).getNumber();
        em.remove(draft);
        audit.record(actor, AuditAction.PUBLISH, draft.getSlug(), "revision " + revision + ": " + note);
        published.fire(new DocumentPublished(draft.getSlug(), revision,
                existing.isEmpty() ? DocumentPublished.Kind.CREATED : DocumentPublished.Kind.PUBLISHED, before,
                target.getVisibility()));
        if (!translations.recordPublication(draft.getSlug(), revision, previous, DocumentInput.of(target),
                Boolean.TRUE.equals(content.noTranslationNeeded())).isEmpty()) {
            published.fire(new DocumentPublished(draft.getSlug(), revision, DocumentPublished.Kind.TRANSLATION_OUTDATED,
                    target.getVisibility(), target.getVisibility()));
        }
        return target;
    }

    private Optional<DocumentDraft> findDraft(String slug) {
        return em.createQuery("select d from DocumentDraft d where d.slug = :slug", DocumentDraft.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private DocumentDraft visibleDraft(String slug, Viewer viewer) {
        return findDraft(slug)
                .filter(d -> Permissions.seesDraft(viewer, d.getGovernment()))
                .orElseThrow(() -> new PublishingException.NotFound(slug));
    }

    private Optional<Document> publishedVisibleTo(String slug, Viewer viewer) {
        return documents.findBySlug(slug).filter(d -> viewer.readable().contains(d.getVisibility()));
    }

    private static void checkNote(String note) {
        if (note != null && (note.length() > DocumentValidator.NOTE_MAX || DocumentValidator.hasControlCharacters(note))) {
            throw new PublishingException.Invalid(List.of(InvalidParameter.tooLong("changeNote", DocumentValidator.NOTE_MAX)));
        }
    }

    private static String checkRemark(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new PublishingException.Invalid(List.of(InvalidParameter.required(field)));
        }
        String remark = text.strip();
        if (remark.length() > ReviewRemark.TEXT_MAX) {
            throw new PublishingException.Invalid(List.of(InvalidParameter.tooLong(field, ReviewRemark.TEXT_MAX)));
        }
        if (DocumentValidator.hasControlCharacters(remark)) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter(field, Reason.CONTROL_CHARACTERS,
                    "must not contain control characters")));
        }
        return remark;
    }

    private static void requireSignedIn(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new PublishingException.NotSignedIn();
        }
    }

    private static void requireWriter(Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isEditor() && !viewer.isAdmin()) {
            throw new PublishingException.Forbidden("Only editors write documents.");
        }
    }

    /** The draft of this slug, when there is one and the person may see it. */
    private Optional<DocumentDraft> draftSeenBy(String slug, Viewer viewer) {
        return findDraft(slug).filter(d -> Permissions.seesDraft(viewer, d.getGovernment()));
    }

    private static void requireEdits(Viewer viewer, Government government) {
        if (!Permissions.edits(viewer, government)) {
            throw new PublishingException.Forbidden("Editors write their own government's documents; "
                    + "JOINT and INTL documents belong to both governments.");
        }
    }
}
