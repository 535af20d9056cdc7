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
        Language language = requestPath.startsWith("/ja/") || requestPath.equals("/ja") ? Language.JA : Language.EN;
        AppMessages msg = Labels.in(language);
        boolean notFound = status == 404;
        String heading = notFound ? msg.error_not_found_title() : msg.error_generic_title();
        String text = notFound ? msg.error_not_found_text() : msg.error_generic_text(reference == null ? "-" : reference);
        return Templates.error(new Page(language, "/", heading, ""), heading, text).setLocale(language.locale());
    }
}
