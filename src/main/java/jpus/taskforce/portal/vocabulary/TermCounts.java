package jpus.taskforce.portal.vocabulary;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.Visibility;

/**
 * How many documents a reader may see under each topic, good and region, for the index pages and
 * the API's vocabulary lists. Terms without any document are absent from the maps.
 */
@ApplicationScoped
@Transactional
public class TermCounts {

    @Inject
    DocumentRepository documents;

    @Inject
    Vocabulary vocabulary;

    public Map<String, Long> topics(Set<Visibility> readable) {
        return documents.countsByTopic(readable);
    }

    /** A good counts the documents tagged with it or with any narrower good, as the search filter finds them. */
    public Map<String, Long> goods(Set<Visibility> readable) {
        return vocabulary.goodCounts(documents.goodsByDocument(readable).values());
    }

    /** A country counts the documents tagged with it or with any of its regions. */
    public Map<String, Long> regions(Set<Visibility> readable) {
        return vocabulary.regionCounts(documents.regionsByDocument(readable).values());
    }
}
