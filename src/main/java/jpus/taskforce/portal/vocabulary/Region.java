package jpus.taskforce.portal.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A country or a part of one, identified by its ISO 3166 code ({@code CN}, {@code CN-XJ}). */
@Entity
@Table(name = "region")
public class Region extends TagTerm {

    protected Region() {
    }

    public Region(String id) {
        super(id);
    }
}
