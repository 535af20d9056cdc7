package jpus.taskforce.portal.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.search.LocalizedTextBinder;
import jpus.taskforce.portal.search.SearchAnalysis;
import jpus.taskforce.portal.search.TagsBinder;

/**
 * A guidance document, law, regulation, policy or best practice, with one version per language.
 * The per-language text fields of the index are declared by {@link LocalizedTextBinder}; the
 * fields below are the filters, facets and projections shared by both languages.
 */
@Entity
@Table(name = "document")
@Indexed(index = "document")
@TypeBinding(binder = @TypeBinderRef(type = LocalizedTextBinder.class))
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentType type;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Government government;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "agency_id", nullable = false, length = 64)
    private String agency;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @ElementCollection
    @CollectionTable(name = "document_topic", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic_id", length = 64)
    private List<String> topics = new ArrayList<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "issued", nullable = false)),
            @AttributeOverride(name = "precision", column = @Column(name = "issued_precision", nullable = false, length = 8))
    })
    private PartialDate issued;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "effective")),
            @AttributeOverride(name = "precision", column = @Column(name = "effective_precision", length = 8))
    })
    private PartialDate effective;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "updated")),
            @AttributeOverride(name = "precision", column = @Column(name = "updated_precision", length = 8))
    })
    private PartialDate updated;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @GenericField(aggregable = Aggregable.YES)
    @Column(nullable = false)
    private boolean binding;

    @FullTextField(name = "citation_text", analyzer = SearchAnalysis.CITATION)
    @KeywordField(name = "citation_key", normalizer = SearchAnalysis.CITATION_KEY)
    @Column(length = 300)
    private String citation;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "source_url", nullable = false, length = 1000)
    private String sourceUrl;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(name = "superseded_by", length = 80)
    private String supersededBy;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Provenance provenance = Provenance.OFFICIAL;

    /** When the facts were last checked against the official source; null when never recorded. */
    @Column(name = "reviewed")
    private LocalDate reviewed;

    @PropertyBinding(binder = @PropertyBinderRef(type = TagsBinder.class,
            params = @Param(name = TagsBinder.VOCABULARY, value = TagsBinder.GOODS)))
    @ElementCollection
    @CollectionTable(name = "document_good", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "good_id", length = 64)
    private List<String> goods = new ArrayList<>();

    @PropertyBinding(binder = @PropertyBinderRef(type = TagsBinder.class,
            params = @Param(name = TagsBinder.VOCABULARY, value = TagsBinder.REGIONS)))
    @ElementCollection
    @CollectionTable(name = "document_region", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "region_id", length = 64)
    private List<String> regions = new ArrayList<>();

    /** Why a document exists in one language only; null when both are meant to exist. */
    @Column(name = "single_language_reason", length = 500)
    private String singleLanguageReason;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "language")
    private Map<Language, LanguageVersion> versions = new HashMap<>();

    /** Published attachments; their extracted text is searched with the document. */
    @OneToMany(mappedBy = "document")
    @OrderBy("id")
    @IndexedEmbedded(includePaths = { "id", "file_name", "text_en", "text_ja" })
    private List<Attachment> attachments = new ArrayList<>();

    /** Where the document was seeded from in content/, and the hash of those files. */
    @Column(name = "content_path", length = 300)
    private String contentPath;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** The number of the newest revision; 0 before the first. */
    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    /** Set once staff publish the document in the portal: from then on content/ no longer overwrites it. */
    @Column(name = "edited_in_portal", nullable = false)
    private boolean editedInPortal;

    @Version
    @Column(nullable = false)
    private int version;

    protected Document() {
    }

    public Document(String slug) {
        this.slug = slug;
        this.createdAt = Instant.now();
        this.modifiedAt = createdAt;
    }

    private void describe(DocumentMetadata metadata) {
        this.type = metadata.type();
        this.government = metadata.government();
        this.agency = metadata.agency();
        this.topics.clear();
        this.topics.addAll(metadata.topics());
        this.issued = metadata.issued();
        this.effective = metadata.effective();
        this.updated = metadata.updated();
        this.status = metadata.status();
        this.binding = metadata.binding();
        this.citation = metadata.citation();
        this.sourceUrl = metadata.sourceUrl();
        this.visibility = metadata.visibility();
        this.supersededBy = metadata.supersededBy();
        this.singleLanguageReason = metadata.singleLanguageReason();
        this.provenance = metadata.provenance();
        this.reviewed = metadata.reviewed();
        this.goods.clear();
        this.goods.addAll(metadata.goods());
        this.regions.clear();
        this.regions.addAll(metadata.regions());
        touch();
    }

    /** Replaces everything: the shared metadata and the text of each language (absent ones are removed). */
    public void replaceContent(DocumentMetadata metadata, Map<Language, LanguageText> texts) {
        describe(metadata);
        for (Language language : Language.values()) {
            LanguageText text = texts.get(language);
            if (text == null) {
                versions.remove(language);
            } else {
                versions.computeIfAbsent(language, l -> new LanguageVersion(this, l))
                        .write(text.title(), text.summary(), text.scope(), text.enforcement(), text.body());
            }
        }
    }

    /** Takes the document out of current use; it stays readable, marked as archived. */
    public void archive() {
        this.status = DocumentStatus.ARCHIVED;
        touch();
    }

    /** Numbers the revision being recorded for the document's present state. */
    public int nextRevision() {
        return ++currentRevision;
    }

    public void markEditedInPortal() {
        this.editedInPortal = true;
    }

    public void seededFrom(String contentPath, String contentHash) {
        this.contentPath = contentPath;
        this.contentHash = contentHash;
    }

    private void touch() {
        this.modifiedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public DocumentType getType() {
        return type;
    }

    public Government getGovernment() {
        return government;
    }

    public String getAgency() {
        return agency;
    }

    public List<String> getTopics() {
        return List.copyOf(topics);
    }

    public PartialDate getIssued() {
        return issued;
    }

    public PartialDate getEffective() {
        return effective;
    }

    public PartialDate getUpdated() {
        return updated;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public boolean isBinding() {
        return binding;
    }

    public String getCitation() {
        return citation;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public String getSingleLanguageReason() {
        return singleLanguageReason;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public LocalDate getReviewed() {
        return reviewed;
    }

    public List<String> getGoods() {
        return List.copyOf(goods);
    }

    public List<String> getRegions() {
        return List.copyOf(regions);
    }

    public Optional<LanguageVersion> findVersion(Language language) {
        return Optional.ofNullable(versions.get(language));
    }

    public Map<Language, LanguageVersion> getVersions() {
        return Map.copyOf(versions);
    }

    /** The live list: attachments add and remove themselves, keeping both sides of the association in step. */
    public List<Attachment> getAttachments() {
        return attachments;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public boolean isEditedInPortal() {
        return editedInPortal;
    }

    /** Incremented by every change; with the slug it identifies a version of the document. */
    public int getVersion() {
        return version;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    @Transient
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "versions")))
    public Set<Language> getLanguages() {
        return versions.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(versions.keySet());
    }

    @Transient
    @GenericField(name = "issued_on", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "issued")))
    public LocalDate getIssuedOn() {
        return issued == null ? null : issued.date();
    }

    /** The issued date at its known precision, for display in hits without loading the entity. */
    @Transient
    @KeywordField(name = "issued_text", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "issued")))
    public String getIssuedText() {
        return issued == null ? null : issued.toString();
    }
}
