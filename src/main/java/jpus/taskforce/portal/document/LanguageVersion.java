package jpus.taskforce.portal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A document's text in one language: title, summary and Markdown body. */
@Entity
@Table(name = "language_version")
public class LanguageVersion {

    public static final int BODY_MAX_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_version_seq")
    @SequenceGenerator(name = "language_version_seq", sequenceName = "language_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    /** Who or what the instrument applies to, in one sentence; feeds the comparison pages. */
    @Column(length = 1000)
    private String scope;

    /** Who enforces it and how, in one sentence; feeds the comparison pages. */
    @Column(length = 1000)
    private String enforcement;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    protected LanguageVersion() {
    }

    LanguageVersion(Document document, Language language) {
        this.document = document;
        this.language = language;
    }

    public void write(String title, String summary, String scope, String enforcement, String body) {
        this.title = title;
        this.summary = summary;
        this.scope = scope;
        this.enforcement = enforcement;
        this.body = body;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getScope() {
        return scope;
    }

    public String getEnforcement() {
        return enforcement;
    }

    /** The Markdown source. */
    public String getBody() {
        return body;
    }
}
