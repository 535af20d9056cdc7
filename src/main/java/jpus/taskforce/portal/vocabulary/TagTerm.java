package jpus.taskforce.portal.vocabulary;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import jpus.taskforce.portal.document.Language;

/**
 * An entry of a controlled vocabulary that documents are tagged with (a good, a region): a label
 * per language, the other ways each language writes it, and an optional broader entry of the same
 * vocabulary. The forms serve to find the sentence that backs a tag and to match queries.
 */
@MappedSuperclass
public abstract class TagTerm {

    /** Between forms in one column: never part of a name. */
    private static final String SEPARATOR = "|";

    @Id
    @Column(length = 64)
    private String id;

    /** Order of the vocabulary file, so that lists read as the editors arranged them. */
    @Column(nullable = false)
    private int position;

    @Column(name = "parent_id", length = 64)
    private String parent;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_ja", nullable = false, length = 200)
    private String labelJa;

    @Column(name = "variants_en", length = 2000)
    private String variantsEn;

    @Column(name = "variants_ja", length = 2000)
    private String variantsJa;

    protected TagTerm() {
    }

    protected TagTerm(String id) {
        this.id = id;
    }

    public void describe(int position, String parent, String labelEn, String labelJa, List<String> variantsEn,
            List<String> variantsJa) {
        this.position = position;
        this.parent = parent;
        this.labelEn = labelEn;
        this.labelJa = labelJa;
        this.variantsEn = join(variantsEn);
        this.variantsJa = join(variantsJa);
    }

    public String id() {
        return id;
    }

    /** The broader entry this one belongs to, or null. */
    public String parent() {
        return parent;
    }

    public String label(Language language) {
        return language == Language.JA ? labelJa : labelEn;
    }

    /** The label and every variant of one language. */
    public List<String> forms(Language language) {
        String variants = language == Language.JA ? variantsJa : variantsEn;
        List<String> forms = new java.util.ArrayList<>();
        forms.add(label(language));
        if (variants != null && !variants.isEmpty()) {
            forms.addAll(Arrays.asList(variants.split("\\" + SEPARATOR)));
        }
        return List.copyOf(forms);
    }

    private static String join(List<String> forms) {
        return forms == null || forms.isEmpty() ? null
                : String.join(SEPARATOR, forms.stream().map(String::strip).filter(f -> !f.isEmpty()).toList());
    }
}
