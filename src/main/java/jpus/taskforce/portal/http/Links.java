package jpus.taskforce.portal.http;

import jpus.taskforce.portal.document.Language;

/** The addresses of a document's pages and API resources, written in one place. */
public final class Links {

    private Links() {
    }

    /** The reader's page of a document in a language: {@code /en/documents/us-uflpa}. */
    public static String document(Language language, String slug) {
        return "/" + language.code() + "/documents/" + slug;
    }

    public static String attachment(Language language, String slug, long id) {
        return document(language, slug) + "/attachments/" + id;
    }

    /** The staff page of a document's draft, review and history. */
    public static String staffDocument(Language language, String slug) {
        return "/" + language.code() + "/staff/documents/" + slug;
    }

    public static String apiDocument(String slug) {
        return "/api/v1/documents/" + slug;
    }

    public static String apiAttachment(String slug, long id) {
        return apiDocument(slug) + "/attachments/" + id;
    }
}
