package jpus.taskforce.portal.publishing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One published state of a document, never changed afterwards: the history readers can trust.
 * The content is the JSON of a {@link DocumentInput} as it was published.
 */
@Entity
@Immutable
@Table(name = "document_revision")
public class DocumentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_revision_seq")
    @SequenceGenerator(name = "document_revision_seq", sequenceName = "document_revision_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean major;

    @Column(name = "change_note", nullable = false, length = 2000)
    private String changeNote;

    @Column(nullable = false, length = 4_000_000)
    private String content;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected DocumentRevision() {
    }

    DocumentRevision(String slug, int number, boolean major, String changeNote, String content, String publishedBy) {
        this.slug = slug;
        this.number = number;
        this.major = major;
        this.changeNote = changeNote;
        this.content = content;
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
    }

    public String getSlug() {
        return slug;
    }

    public int getNumber() {
        return number;
    }

    public boolean isMajor() {
        return major;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getContent() {
        return content;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
