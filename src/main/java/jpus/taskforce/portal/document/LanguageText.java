package jpus.taskforce.portal.document;

/** The text of one language version: what a content file or an editor provides. */
public record LanguageText(String title, String summary, String scope, String enforcement, String body) {
}
