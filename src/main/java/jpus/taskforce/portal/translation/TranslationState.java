package jpus.taskforce.portal.translation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Language;

/**
 * The translation status of one language version of a published document, and the revision since
 * which it holds. Written when staff publish a revision; a document without a row has never been
 * published through the portal, and its versions count as current since its first revision.
 */
@Entity
@Table(name = "translation_state")
public class TranslationState {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_state_seq")
    @SequenceGenerator(name = "translation_state_seq", sequenceName = "translation_state_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TranslationStatus status;

    @Column(name = "since_revision", nullable = false)
    private int since;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TranslationState() {
    }

    TranslationState(String slug, Language language) {
        this.slug = slug;
        this.language = language;
    }

    void set(TranslationStatus status, int since) {
        this.status = status;
        this.since = since;
        this.changedAt = Instant.now();
    }

    public String getSlug() {
        return slug;
    }

    public Language getLanguage() {
        return language;
    }

    public TranslationStatus getStatus() {
        return status;
    }

    public int getSince() {
        return since;
    }
}
