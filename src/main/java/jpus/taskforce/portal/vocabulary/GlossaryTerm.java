package jpus.taskforce.portal.vocabulary;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Language;

/** An English–Japanese term pair with its variants; the bridge between the two languages in search. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm {

    /** The English term, lower-cased as written in the glossary; unique. */
    @Id
    @Column(name = "term_en", length = 200)
    private String termEn;

    @Column(name = "term_ja", nullable = false, unique = true, length = 200)
    private String termJa;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "glossary_variant", joinColumns = @JoinColumn(name = "term_en"))
    @OrderColumn(name = "position")
    @Column(name = "variant", length = 200)
    private List<String> variants = new ArrayList<>();

    @Column(name = "definition_en", length = 2000)
    private String definitionEn;

    @Column(name = "definition_ja", length = 2000)
    private String definitionJa;

    @Column(nullable = false)
    private int position;

    protected GlossaryTerm() {
    }

    public GlossaryTerm(String termEn) {
        this.termEn = termEn;
    }

    public void describe(int position, String termJa, List<String> variants, String definitionEn, String definitionJa) {
        this.position = position;
        this.termJa = termJa;
        this.variants.clear();
        this.variants.addAll(variants);
        this.definitionEn = definitionEn;
        this.definitionJa = definitionJa;
    }

    public String term(Language language) {
        return language == Language.JA ? termJa : termEn;
    }

    public List<String> variants() {
        return List.copyOf(variants);
    }

    public String definition(Language language) {
        return language == Language.JA ? definitionJa : definitionEn;
    }
}
