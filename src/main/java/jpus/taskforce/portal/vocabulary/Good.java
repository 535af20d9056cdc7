package jpus.taskforce.portal.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product or material that documents name (cotton, polysilicon, seafood, ...). */
@Entity
@Table(name = "good")
public class Good extends TagTerm {

    protected Good() {
    }

    public Good(String id) {
        super(id);
    }
}
