package jpus.taskforce.portal.content;

import java.util.List;

/** The shapes of the YAML in content/, read strictly: an unknown key is an error, not ignored. */
public final class ContentFiles {

    static final String AGENCIES = "agencies.yaml";
    static final String TOPICS = "topics.yaml";
    static final String GLOSSARY = "glossary.yaml";
    static final String GOODS = "goods.yaml";
    static final String REGIONS = "regions.yaml";
    static final String DOCUMENTS = "documents";
    static final String META = "meta.yaml";

    private ContentFiles() {
    }

    public record Labels(String en, String ja) {
    }

    /**
     * @param sites the hosts of the body's own web sites ({@code meti.go.jp}); a document's source is on one of them
     * @param editorial true for the portal's own editors, who write notes from cited sources and issue nothing
     */
    public record AgencyEntry(String id, String government, Labels labels, List<String> sites, Boolean editorial) {

        public boolean isEditorial() {
            return Boolean.TRUE.equals(editorial);
        }

        public List<String> siteList() {
            return sites == null ? List.of() : sites;
        }
    }

    /** Other ways a name is written, per language, that mean the same thing ("綿花" for 綿). */
    public record Variants(List<String> en, List<String> ja) {
    }

    /**
     * A product or material documents name; {@code parent} groups it under a broader good
     * (polysilicon under solar), and a filter on the parent matches its children.
     */
    public record GoodEntry(String id, Labels labels, String parent, Variants variants) {
    }

    /** A country or a part of one, by its ISO 3166 code ({@code CN}, {@code CN-XJ}). */
    public record RegionEntry(String id, Labels labels, String parent, Variants variants) {
    }

    public record TopicEntry(String id, Labels labels, Labels description) {
    }

    public record GlossaryEntry(String en, String ja, List<String> variants, Labels definition) {
    }

    public record SingleLanguage(String language, String reason) {
    }

    public record Meta(String type, String government, String agency, List<String> topics, String issued,
            String effective, String updated, String status, Boolean binding, String citation,
            String sourceUrl, String visibility, String supersededBy, SingleLanguage singleLanguage,
            String provenance, String reviewed, String sourceException, List<String> goods, List<String> regions) {
    }

    public record VersionHeader(String title, String summary, String scope, String enforcement) {
    }
}
