package jpus.taskforce.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;

/** Friendly error pages in the reader's language, never a stack trace. */
public final class ErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, String heading, String text);
    }

    private ErrorPage() {
    }

    /** The page for a request path: its language comes from the first path segment when it is one. */
    public static TemplateInstance render(String requestPath, int status, String reference) {
        Language language = languageOf(requestPath);
        AppMessages msg = Labels.in(language);
        String heading;
        String text;
        switch (status) {
            case 404 -> {
                heading = msg.error_not_found_title();
                text = msg.error_not_found_text();
            }
            case 403 -> {
                heading = msg.error_forbidden_title();
                text = msg.error_forbidden_text();
            }
            case 503 -> {
                heading = msg.error_unavailable_title();
                text = msg.error_unavailable_text();
            }
            case 400 -> {
                heading = msg.error_form_title();
                text = msg.error_form_text();
            }
            default -> {
                heading = msg.error_generic_title();
                text = msg.error_generic_text(reference == null ? "-" : reference);
            }
        }
        return page(language, heading, text);
    }

    /** The address has a value the page cannot use, such as a page number of 0. */
    public static TemplateInstance invalidAddress(String requestPath) {
        Language language = languageOf(requestPath);
        AppMessages msg = Labels.in(language);
        return page(language, msg.error_invalid_address_title(), msg.error_invalid_address_text());
    }

    /** Keycloak cannot be reached, so nobody can sign in; reading is unaffected. */
    public static TemplateInstance signInUnavailable(Language language) {
        AppMessages msg = Labels.in(language);
        return page(language, msg.sign_in_unavailable_title(), msg.sign_in_unavailable_text());
    }

    private static Language languageOf(String requestPath) {
        return requestPath.startsWith("/ja/") || requestPath.equals("/ja") ? Language.JA : Language.EN;
    }

    private static TemplateInstance page(Language language, String heading, String text) {
        return Templates.error(new Page(language, "/", heading, ""), heading, text).setLocale(language.locale());
    }
}
