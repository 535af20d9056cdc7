package jpus.taskforce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/** Labels facet values in a language: enums from the message bundle, the rest from the vocabularies. */
@ApplicationScoped
public class FacetLabels {

    @Inject
    Vocabulary vocabulary;

    public String label(Facet facet, String code, Language language) {
        AppMessages msg = Labels.in(language);
        return switch (facet) {
            case TYPE -> msg.document_type(code);
            case GOVERNMENT -> msg.government(code);
            case LANGUAGE -> msg.language_name(code);
            case AGENCY -> vocabulary.agency(code).map(a -> a.label(language)).orElse(code);
            case TOPIC -> vocabulary.topic(code).map(t -> t.label(language)).orElse(code);
            case GOOD -> vocabulary.good(code).map(g -> g.label(language)).orElse(code);
            case REGION -> vocabulary.region(code).map(r -> r.label(language)).orElse(code);
            case STATUS -> msg.status(code);
        };
    }
}
