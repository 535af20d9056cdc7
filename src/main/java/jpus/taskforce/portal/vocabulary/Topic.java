package jpus.taskforce.portal.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Language;

/** A subject from the controlled topic vocabulary (forced labor, grievance mechanisms, ...). */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @Column(length = 64)
    private String id;

    /** Order of the vocabulary file, so that lists read as the editors arranged them. */
    @Column(nullable = false)
    private int position;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_ja", nullable = false, length = 200)
    private String labelJa;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    @Column(name = "description_ja", length = 1000)
    private String descriptionJa;

    protected Topic() {
    }

    public Topic(String id) {
        this.id = id;
    }

    public void describe(int position, String labelEn, String labelJa, String descriptionEn, String descriptionJa) {
        this.position = position;
        this.labelEn = labelEn;
        this.labelJa = labelJa;
        this.descriptionEn = descriptionEn;
        this.descriptionJa = descriptionJa;
    }

    public String id() {
        return id;
    }

    public String label(Language language) {
        return language == Language.JA ? labelJa : labelEn;
    }

    public String description(Language language) {
        return language == Language.JA ? descriptionJa : descriptionEn;
    }
}
