package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.publishing.DocumentRevision;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.security.Viewer;

/**
 * What changed between two published revisions of a document, field by field, for whoever may read
 * the document; anyone else finds no such page.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class RevisionDiffPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(Page page, DiffView view);
    }

    public record DiffView(String title, String titleLang, String documentUrl, RevisionLine from, RevisionLine to,
            List<ChangeView> changes) {
    }

    @Inject
    Publishing publishing;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/documents/{slug}/revisions/{from}/diff/{to}")
    public TemplateInstance diff(@PathParam("lang") String lang, @PathParam("slug") String slug,
            @PathParam("from") @Min(1) int from, @PathParam("to") @Min(1) int to) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = Viewer.of(identity);
        // The title in the page's language, or the other one's when the document has only that.
        LanguageVersion version = publishing.publishedDocument(slug, viewer,
                document -> document.findVersion(language).orElseGet(() -> document.findVersion(language.other()).orElseThrow()));
        List<DocumentRevision> revisions = publishing.revisions(slug, viewer);
        List<ChangeView> changes = ChangeView.of(publishing.diff(slug, from, to, viewer), language);
        String url = Links.document(language, slug);
        DiffView view = new DiffView(version.getTitle(), version.getLanguage().code(), url,
                RevisionLine.of(find(revisions, from), url, language), RevisionLine.of(find(revisions, to), url, language),
                changes);
        Page page = new Page(language, "/documents/" + slug + "/revisions/" + from + "/diff/" + to, view.title(), "");
        return Templates.diff(page, view).setLocale(language.locale());
    }

    private static DocumentRevision find(List<DocumentRevision> revisions, int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst().orElseThrow(NotFoundException::new);
    }
}
