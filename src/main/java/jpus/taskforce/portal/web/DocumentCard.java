package jpus.taskforce.portal.web;

/**
 * A document in a list (home page, search results).
 *
 * @param titleLang  language of the title and summary shown, which differs from the page's when the
 *                   document lacks the page's language
 * @param snippet    highlighted passage as safe HTML, or null
 * @param alsoInUrl  link to the other language version when the document has both, else null
 * @param provenanceLabel "Editorial note" for a note by the knowledge base's editors, null for an official instrument
 */
public record DocumentCard(String url, String title, String titleLang, String summary, String snippet,
        String snippetLang, String typeLabel, String governmentLabel, String agencyLabel, String issued,
        String alsoInUrl, String alsoInLang, String alsoInLabel, String provenanceLabel) {
}
