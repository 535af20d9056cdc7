package jpus.taskforce.portal.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/** Labels facet values in a language: enums from the message bundle, the rest from the vocabularies. */
@ApplicationScoped
public class FacetLabels {

    /**
     * The enums' labels, as the bundle worded them: a bundle message renders a template on each
     * call, and every search labels every value of four facets. The bundle does not change while
     * the application runs, and the values are the enums' few constants.
     */
    private final Map<EnumLabel, String> enumLabels = new ConcurrentHashMap<>();

    @Inject
    Vocabulary vocabulary;

    private record EnumLabel(Facet facet, String code, Language language) {
    }

    public String label(Facet facet, String code, Language language) {
        return switch (facet) {
            case TYPE, GOVERNMENT, LANGUAGE, STATUS ->
                enumLabels.computeIfAbsent(new EnumLabel(facet, code, language), FacetLabels::fromBundle);
            case AGENCY -> vocabulary.agency(code).map(a -> a.label(language)).orElse(code);
            case TOPIC -> vocabulary.topic(code).map(t -> t.label(language)).orElse(code);
            case GOOD -> vocabulary.good(code).map(g -> g.label(language)).orElse(code);
            case REGION -> vocabulary.region(code).map(r -> r.label(language)).orElse(code);
        };
    }

    private static String fromBundle(EnumLabel label) {
        AppMessages msg = Labels.in(label.language());
        return switch (label.facet()) {
            case TYPE -> msg.document_type(label.code());
            case GOVERNMENT -> msg.government(label.code());
            case LANGUAGE -> msg.language_name(label.code());
            case STATUS -> msg.status(label.code());
            default -> throw new IllegalArgumentException("Not an enum facet: " + label.facet());
        };
    }
}
