package jpus.taskforce.portal.changes;

import java.time.Instant;
import java.util.Optional;
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

import org.hibernate.annotations.Immutable;

import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.publishing.DocumentPublished;

/**
 * One change to what readers see, numbered in commit order. What a caller is told about it
 * depends on what the caller may read: a document that leaves the caller's view is "withdrawn",
 * one that enters it is "created", and changes outside it are not mentioned at all.
 */
@Entity
@Immutable
@Table(name = "change_event")
public class ChangeEvent {

    /** One number at a time (no pooled blocks): numbers are taken under the change-log lock. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_event_seq")
    @SequenceGenerator(name = "change_event_seq", sequenceName = "change_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentPublished.Kind kind;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility_before", length = 16)
    private Visibility visibilityBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility_after", nullable = false, length = 16)
    private Visibility visibilityAfter;

    protected ChangeEvent() {
    }

    ChangeEvent(DocumentPublished change) {
        this.occurredAt = Instant.now();
        this.slug = change.slug();
        this.kind = change.kind();
        this.revision = change.revision();
        this.visibilityBefore = change.before();
        this.visibilityAfter = change.after();
    }

    /** The event's name as a caller who reads {@code readable} sees it, or nothing if it is none of their business. */
    public Optional<String> seenBy(Set<Visibility> readable) {
        boolean wasVisible = visibilityBefore != null && readable.contains(visibilityBefore);
        boolean isVisible = readable.contains(visibilityAfter);
        if (isVisible && !wasVisible) {
            return Optional.of("created");
        }
        if (isVisible) {
            return Optional.of(kind == DocumentPublished.Kind.CREATED ? "created" : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return wasVisible ? Optional.of("withdrawn") : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSlug() {
        return slug;
    }

    public int getRevision() {
        return revision;
    }
}
