package jpus.taskforce.portal.search;

import jpus.taskforce.portal.document.Language;

/** Names of the index fields, in one place so that mapping and queries cannot drift apart. */
public final class SearchFields {

    public static final String SLUG = "slug";
    public static final String TYPE = "type";
    public static final String GOVERNMENT = "government";
    public static final String AGENCY = "agency";
    public static final String TOPICS = "topics";
    /** A document's goods and regions as tagged; {@link #withBroader} names them with every broader entry. */
    public static final String GOODS = TagsBinder.GOODS;
    public static final String REGIONS = TagsBinder.REGIONS;
    public static final String PROVENANCE = "provenance";
    public static final String LANGUAGES = "languages";
    public static final String STATUS = "status";
    public static final String VISIBILITY = "visibility";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String ISSUED_ON = "issued_on";
    public static final String ISSUED_TEXT = "issued_text";
    public static final String CITATION_TEXT = "citation_text";
    public static final String CITATION_KEY = "citation_key";
    /** English words as written, unstemmed: the dictionary for spelling suggestions. */
    public static final String SPELL = "spell_en";
    /** Title words as written, unstemmed, in both languages: what completions match prefixes against. */
    public static final String TITLE_WORDS = "title_words";

    /** Published attachments, flattened into their document: ids and file names in the same order. */
    public static final String ATTACHMENT_ID = "attachments.id";
    public static final String ATTACHMENT_NAME = "attachments.file_name";

    private SearchFields() {
    }

    /** Morphologically analysed text of one part in one language: {@code title_en}, {@code body_ja}. */
    public static String text(TextPart part, Language language) {
        return part.id() + "_" + language.code();
    }

    /** A tag field with every broader entry of each tag added: what filters and facets use. */
    public static String withBroader(String tagField) {
        return tagField + "_all";
    }

    /** Text extracted from attached files, analysed as one language. */
    public static String attachmentText(Language language) {
        return "attachments." + (language == Language.JA ? SearchAnalysis.TEXT_JA : SearchAnalysis.TEXT_EN);
    }

    /**
     * Japanese titles cut into overlapping character pairs, which finds parts of compounds; summaries
     * and bodies share one such field ({@link #TEXT_JA_BIGRAM}).
     */
    public static final String TITLE_JA_BIGRAM = "title_ja_bigram";
    public static final String TEXT_JA_BIGRAM = "text_ja_bigram";
}
