package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.i18n.ReviewMessages;
import jpus.taskforce.portal.publishing.AllowedSteps;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.translation.TranslationStatus;
import jpus.taskforce.portal.translation.Translations;

/**
 * The language versions of the documents a person works on that are outdated or missing, so that
 * translators know what waits for them. The filter is a plain GET form: it works without JavaScript.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class StaffTranslationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance translations(Page page, TranslationsView view);
    }

    public record TranslationsView(List<Option> statuses, List<Row> rows) {
    }

    /** A language version waiting for translation; {@code title} is in {@code titleLang}. */
    public record Row(String title, String titleLang, String slug, String government, String language, String status,
            String since, String url) {
    }

    @Inject
    Translations translations;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff/translations")
    public TemplateInstance list(@PathParam("lang") String lang, @QueryParam("status") String status) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.staff(identity);
        AppMessages msg = Labels.in(language);
        ReviewMessages review = Labels.review(language);
        String chosen = "outdated".equals(status) || "missing".equals(status) ? status : "";
        var statuses = chosen.isEmpty() ? java.util.EnumSet.of(TranslationStatus.OUTDATED, TranslationStatus.MISSING)
                : java.util.EnumSet.of(TranslationStatus.valueOf(chosen.toUpperCase(java.util.Locale.ROOT)));
        List<Row> rows = translations.pending(viewer.readable(),
                d -> AllowedSteps.worksOn(viewer, d.getGovernment()), statuses, p -> {
                    Language titled = p.document().findVersion(p.language()).isPresent() ? p.language() : p.language().other();
                    return new Row(p.document().findVersion(titled).orElseThrow().getTitle(), titled.code(),
                            p.document().getSlug(), msg.government(p.document().getGovernment().code()),
                            msg.language_name(p.language().code()), review.translation_status(p.translation().status().code()),
                            review.translations_since_value(p.translation().since()),
                            Links.staffDocument(language, p.document().getSlug()));
                });
        List<Option> options = List.of(new Option("", review.translations_filter_all(), chosen.isEmpty()),
                new Option("outdated", review.translation_status("outdated"), chosen.equals("outdated")),
                new Option("missing", review.translation_status("missing"), chosen.equals("missing")));
        Page page = new Page(language, "/staff/translations", review.translations_title(), "");
        return Templates.translations(page, new TranslationsView(options, rows)).setLocale(language.locale());
    }
}
