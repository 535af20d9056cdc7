package jpus.taskforce.portal.content;

import java.util.List;

/** The shapes of the YAML in content/, read strictly: an unknown key is an error, not ignored. */
public final class ContentFiles {

    static final String AGENCIES = "agencies.yaml";
    static final String TOPICS = "topics.yaml";
    static final String GLOSSARY = "glossary.yaml";
    static final String DOCUMENTS = "documents";
    static final String META = "meta.yaml";

    private ContentFiles() {
    }

    public record Labels(String en, String ja) {
    }

    public record AgencyEntry(String id, String government, Labels labels) {
    }

    public record TopicEntry(String id, Labels labels, Labels description) {
    }

    public record GlossaryEntry(String en, String ja, List<String> variants, Labels definition) {
    }

    public record SingleLanguage(String language, String reason) {
    }

    public record Meta(String type, String government, String agency, List<String> topics, String issued,
            String effective, String updated, String status, Boolean binding, String citation,
            String sourceUrl, String visibility, String supersededBy, SingleLanguage singleLanguage) {
    }

    public record VersionHeader(String title, String summary, String scope, String enforcement) {
    }
}
