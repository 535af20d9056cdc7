package jpus.taskforce.portal.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a document that both language versions share.
 *
 * @param reviewed when its facts were last checked against the official source; null when never recorded
 * @param goods ids of the goods it covers ({@code content/goods.yaml})
 * @param regions ISO 3166 codes of the places it covers ({@code content/regions.yaml})
 */
public record DocumentMetadata(
        DocumentType type,
        Government government,
        String agency,
        List<String> topics,
        PartialDate issued,
        PartialDate effective,
        PartialDate updated,
        DocumentStatus status,
        boolean binding,
        String citation,
        String sourceUrl,
        Visibility visibility,
        String supersededBy,
        String singleLanguageReason,
        Provenance provenance,
        LocalDate reviewed,
        List<String> goods,
        List<String> regions) {

    public DocumentMetadata {
        topics = List.copyOf(topics);
        goods = goods == null ? List.of() : List.copyOf(goods);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
