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
 * What someone said about a draft during review, never changed afterwards. {@code revision} is the
 * revision the draft would become when published, so remarks stay attached to the revision they
 * shaped; {@code returned} marks the remark with which a reviewer sent the draft back.
 */
@Entity
@Immutable
@Table(name = "review_remark")
public class ReviewRemark {

    static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_remark_seq")
    @SequenceGenerator(name = "review_remark_seq", sequenceName = "review_remark_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "remark", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean returned;

    protected ReviewRemark() {
    }

    ReviewRemark(DocumentDraft draft, String author, String text, boolean returned) {
        this.slug = draft.getSlug();
        this.revision = draft.getBaseRevision() + 1;
        this.author = author;
        this.madeAt = Instant.now();
        this.text = text;
        this.returned = returned;
    }

    public String getSlug() {
        return slug;
    }

    public int getRevision() {
        return revision;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getText() {
        return text;
    }

    public boolean isReturned() {
        return returned;
    }
}
