package jpus.taskforce.portal.document;

import java.util.List;

/** Everything about a document that both language versions share. */
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
        String singleLanguageReason) {

    public DocumentMetadata {
        topics = List.copyOf(topics);
    }
}
