package jpus.taskforce.portal.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;

/** A body that issues documents: a ministry, an agency, a legislature or an international organisation. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @Column(length = 64)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Government government;

    @Column(name = "label_en", nullable = false, length = 300)
    private String labelEn;

    @Column(name = "label_ja", nullable = false, length = 300)
    private String labelJa;

    /** The portal's own editors, who write editorial notes and issue nothing official. */
    @Column(nullable = false)
    private boolean editorial;

    protected Agency() {
    }

    public Agency(String id) {
        this.id = id;
    }

    public void describe(Government government, String labelEn, String labelJa, boolean editorial) {
        this.government = government;
        this.labelEn = labelEn;
        this.labelJa = labelJa;
        this.editorial = editorial;
    }

    public boolean editorial() {
        return editorial;
    }

    public String id() {
        return id;
    }

    public Government government() {
        return government;
    }

    public String label(Language language) {
        return language == Language.JA ? labelJa : labelEn;
    }
}
