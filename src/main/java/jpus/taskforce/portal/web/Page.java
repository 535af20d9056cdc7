package jpus.taskforce.portal.web;

import jpus.taskforce.portal.document.Language;

/**
 * What the layout needs to know about the page being rendered.
 *
 * @param language the page's language, from the first path segment
 * @param path     the path after the language segment, with its query string ({@code /search?q=x}),
 *                 so that the language switcher and the hreflang links lead to the same page
 * @param title    the text of {@code <title>}, before the site name
 * @param query    the search box's current text
 */
public record Page(Language language, String path, String title, String query) {

    public String lang() {
        return language.code();
    }

    public String otherLang() {
        return language.other().code();
    }

    public String switchUrl() {
        return "/" + otherLang() + path;
    }

    public String url(Language target) {
        return "/" + target.code() + path;
    }

    public String enUrl() {
        return url(Language.EN);
    }

    public String jaUrl() {
        return url(Language.JA);
    }

    /** The search page has its own, larger search box; every other page has one in the header. */
    public boolean headerSearch() {
        return !path.startsWith("/search");
    }

    /** A link inside this page's language. */
    public String link(String rest) {
        return "/" + lang() + rest;
    }
}
