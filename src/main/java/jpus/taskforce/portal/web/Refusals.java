package jpus.taskforce.portal.web;

import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.attachment.RejectedAttachment;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.PublishingException;

/**
 * Why a step was refused, in the page's language. The workflow's own messages are written in
 * English for people (they name the rule); Japanese pages say what kind of refusal it was.
 */
final class Refusals {

    private Refusals() {
    }

    static String of(PublishingException e, Language page) {
        return page == Language.EN ? e.getMessage() : Labels.in(page).staff_refused(e.refusal().name().toLowerCase(java.util.Locale.ROOT));
    }

    static String of(RejectedAttachment e, Language page) {
        return Labels.in(page).attachment_rejected(e.reason().name().toLowerCase(java.util.Locale.ROOT));
    }

    static String of(Attachments.TooLarge e, Language page) {
        return Labels.in(page).attachment_too_large(e.limit() / (1024 * 1024));
    }
}
