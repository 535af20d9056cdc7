package jpus.taskforce.portal.attachment;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.search.SearchAnalysis;

/**
 * A file attached to a document: kept in the database with the rest of the knowledge base (never
 * under a web root), with the text extracted from it for search. Uploaded to a draft, it stays
 * pending (no document) until the draft is published; then readers of the document see it.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GenericField(projectable = Projectable.YES)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @KeywordField(name = "file_name", projectable = Projectable.YES)
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    /** Searched in both analyses: an attachment's language is not known in advance. */
    // The index keeps offsets in these fields (search.ExpectedIndex): a long file's passage is highlighted
    // without analysing the file again.
    @FullTextField(name = "text_en", analyzer = SearchAnalysis.TEXT_EN, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "text_ja", analyzer = SearchAnalysis.TEXT_JA, highlightable = Highlightable.UNIFIED)
    @Column(name = "extracted_text", length = 1_000_000)
    private String extractedText;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(String slug, InspectedAttachment file, byte[] content, String sha256, String uploadedBy) {
        this.slug = slug;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.extractedText = file.text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /** Makes the attachment part of the published document. */
    void publishWith(Document published) {
        this.document = published;
        published.getAttachments().add(this);
    }

    void detach() {
        if (document != null) {
            document.getAttachments().remove(this);
            document = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Document getDocument() {
        return document;
    }

    public boolean isPublished() {
        return document != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
