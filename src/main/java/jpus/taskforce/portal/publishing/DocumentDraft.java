package jpus.taskforce.portal.publishing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jpus.taskforce.portal.document.Government;

/**
 * What staff are preparing for a document: a new one, or the next revision of a published one.
 * Readers never see it; publishing it writes the document and records a revision. The content is
 * kept as the JSON of a {@link DocumentInput}, exactly as it was last saved.
 */
@Entity
@Table(name = "document_draft")
public class DocumentDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_draft_seq")
    @SequenceGenerator(name = "document_draft_seq", sequenceName = "document_draft_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Government government;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 4_000_000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DraftState state = DraftState.DRAFT;

    @Column(name = "approved_jp", length = 100)
    private String approvedJp;

    @Column(name = "approved_us", length = 100)
    private String approvedUs;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(nullable = false)
    private boolean major;

    @Column(name = "publish_at")
    private Instant publishAt;

    /** The revision the draft started from; 0 for a document never published. */
    @Column(name = "base_revision", nullable = false)
    private int baseRevision;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected DocumentDraft() {
    }

    DocumentDraft(String slug, int baseRevision, String author) {
        this.slug = slug;
        this.baseRevision = baseRevision;
        this.createdBy = author;
        this.createdAt = Instant.now();
    }

    /** Saves new content; any approval given to earlier content no longer holds. */
    void write(ValidatedDocument document, String contentJson, String author) {
        this.government = document.metadata().government();
        this.title = document.title();
        this.content = contentJson;
        this.changeNote = document.changeNote();
        this.major = document.major();
        this.publishAt = document.publishAt();
        this.updatedBy = author;
        this.updatedAt = Instant.now();
        this.state = DraftState.DRAFT;
        this.approvedJp = null;
        this.approvedUs = null;
    }

    void submit(String changeNote, Boolean major) {
        if (changeNote != null && !changeNote.isBlank()) {
            this.changeNote = changeNote.strip();
        }
        if (major != null) {
            this.major = major;
        }
        this.state = DraftState.IN_REVIEW;
    }

    /** Back to its editors: editable again, and approvals given so far no longer hold. */
    void returnToEditors() {
        this.state = DraftState.DRAFT;
        this.approvedJp = null;
        this.approvedUs = null;
    }

    void approve(Set<Government> sides, String reviewer) {
        if (sides.contains(Government.JP)) {
            approvedJp = reviewer;
        }
        if (sides.contains(Government.US)) {
            approvedUs = reviewer;
        }
        if (Permissions.approvalComplete(government, approvals())) {
            state = DraftState.APPROVED;
        }
    }

    void schedule(Instant at) {
        this.publishAt = at;
    }

    Set<Government> approvals() {
        Set<Government> given = EnumSet.noneOf(Government.class);
        if (approvedJp != null) {
            given.add(Government.JP);
        }
        if (approvedUs != null) {
            given.add(Government.US);
        }
        return given;
    }

    public String getSlug() {
        return slug;
    }

    public Government getGovernment() {
        return government;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public DraftState getState() {
        return state;
    }

    public String getApprovedJp() {
        return approvedJp;
    }

    public String getApprovedUs() {
        return approvedUs;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public boolean isMajor() {
        return major;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
