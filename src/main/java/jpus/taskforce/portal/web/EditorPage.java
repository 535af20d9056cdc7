package jpus.taskforce.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.MarkdownRenderer;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.http.PublishingRefusals;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * The editor form: a new document, or a change to one (its draft, or the published document when it
 * has none). Saving goes through the workflow's rules; a refused form comes back as it was sent,
 * with each problem next to its field. "Preview" shows the Markdown bodies rendered, without saving.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class EditorPage {

    private static final String PREVIEW = "preview";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(Page page, EditorView view);
    }

    /**
     * @param slug      the document's slug when editing one; null for a new document
     * @param notice    why saving was refused, when it was not a matter of fields
     * @param enPreview the English body rendered, when previewing
     */
    public record EditorView(String slug, String actionUrl, String cancelUrl, EditorForm form, FieldErrors errors,
            String notice, List<Option> types, List<Option> governments, List<OptionGroup> agencies,
            List<Option> topics, List<Option> goods, List<Option> regions, List<Option> provenances,
            List<Option> statuses, List<Option> visibilities, List<Option> bindings,
            List<Option> zones, String enPreview, String jaPreview) {

        public boolean isNew() {
            return slug == null;
        }

        public boolean previewing() {
            return enPreview != null || jaPreview != null;
        }
    }

    public record OptionGroup(String label, List<Option> options) {
    }

    @Inject
    Publishing publishing;

    @Inject
    SecurityIdentity identity;

    @Inject
    Vocabulary vocabulary;

    @GET
    @Path("/staff/new")
    public TemplateInstance newDocument(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.writer(identity);
        Set<Government> own = viewer.governments();
        String government = own.size() == 1 ? own.iterator().next().code() : null;
        return render(language, null, EditorForm.blank(government, language), FieldErrors.none(), null, false);
    }

    @POST
    @Path("/staff/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("lang") String lang, @BeanParam EditorForm form) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.writer(identity);
        if (PREVIEW.equals(form.action)) {
            return Response.ok(render(language, null, form, FieldErrors.none(), null, true)).build();
        }
        try {
            DocumentDraft draft = publishing.create(form.toInput(), viewer);
            return saved(language, draft.getSlug());
        } catch (PublishingException.Invalid e) {
            return refused(422, render(language, null, form, FieldErrors.of(e.errors(), language), null, false));
        } catch (PublishingException.Conflict e) {
            // The one conflict of a new document: its slug is taken.
            FieldErrors taken = FieldErrors.of(List.of(new InvalidParameter("slug", Reason.SLUG_TAKEN, "is already taken")), language);
            return refused(409, render(language, null, form, taken, null, false));
        } catch (PublishingException.Forbidden e) {
            return refused(403, render(language, null, form, FieldErrors.none(), Refusals.of(e, language), false));
        }
    }

    @GET
    @Path("/staff/documents/{slug}/edit")
    public TemplateInstance edit(@PathParam("lang") String lang, @PathParam("slug") String slug) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.writer(identity);
        DocumentInput content = publishing.contentToEdit(slug, viewer);
        return render(language, slug, EditorForm.of(content, language), FieldErrors.none(), null, false);
    }

    @POST
    @Path("/staff/documents/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("lang") String lang, @PathParam("slug") String slug, @BeanParam EditorForm form) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.writer(identity);
        form.slug = null;
        if (PREVIEW.equals(form.action)) {
            return Response.ok(render(language, slug, form, FieldErrors.none(), null, true)).build();
        }
        try {
            publishing.update(slug, form.toInput(), viewer);
            return saved(language, slug);
        } catch (PublishingException.Invalid e) {
            return refused(422, render(language, slug, form, FieldErrors.of(e.errors(), language), null, false));
        } catch (PublishingException.Conflict | PublishingException.Forbidden e) {
            return refused(PublishingRefusals.status(e), render(language, slug, form, FieldErrors.none(), Refusals.of(e, language), false));
        }
    }

    private static Response saved(Language language, String slug) {
        return Response.seeOther(URI.create(Links.staffDocument(language, slug) + "?done=saved")).build();
    }

    private static Response refused(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private TemplateInstance render(Language language, String slug, EditorForm form, FieldErrors errors, String notice,
            boolean preview) {
        AppMessages msg = Labels.in(language);
        String base = "/" + language.code() + "/staff";
        String title = slug == null ? msg.editor_new_title() : msg.editor_edit_title(slug);
        Page page = new Page(language, slug == null ? "/staff/new" : "/staff/documents/" + slug + "/edit", title, "");
        List<Option> types = options(DocumentType.class, form.type, t -> msg.document_type(t.code()));
        List<Option> governments = options(Government.class, form.government, g -> msg.government(g.code()));
        List<Option> statuses = options(DocumentStatus.class, form.status, s -> msg.status(s.code()));
        List<Option> visibilities = options(Visibility.class, form.visibility, v -> msg.visibility(v.code()));
        List<OptionGroup> agencies = Arrays.stream(Government.values())
                .map(g -> new OptionGroup(msg.government(g.code()), vocabulary.agencies().stream()
                        .filter(a -> a.government() == g)
                        .map(a -> new Option(a.id(), a.label(language), a.id().equals(form.agency)))
                        .toList()))
                .filter(group -> !group.options().isEmpty())
                .toList();
        List<Option> topics = vocabulary.topics().stream()
                .map(t -> new Option(t.id(), t.label(language), form.hasTopic(t.id())))
                .toList();
        // Every field of the document is on the form, so that saving it through the page keeps what
        // the content files or the API set (an editorial note's provenance, its goods and regions).
        List<Option> goods = vocabulary.goods().stream()
                .map(g -> new Option(g.id(), g.label(language), form.goods != null && form.goods.contains(g.id())))
                .toList();
        List<Option> regions = vocabulary.regions().stream()
                .map(r -> new Option(r.id(), r.label(language), form.regions != null && form.regions.contains(r.id())))
                .toList();
        List<Option> provenances = options(Provenance.class, form.provenance, p -> msg.provenance(p.code()));
        List<Option> bindings = new ArrayList<>();
        bindings.add(new Option("true", msg.document_binding_value(true), "true".equals(form.binding)));
        bindings.add(new Option("false", msg.document_binding_value(false), "false".equals(form.binding)));
        EditorView view = new EditorView(slug,
                slug == null ? base + "/new" : base + "/documents/" + slug + "/edit",
                slug == null ? base : base + "/documents/" + slug,
                form, errors, notice, types, governments, agencies, topics, goods, regions, provenances, statuses,
                visibilities, bindings,
                StaffTime.zones(language, form.publishZone),
                preview ? rendered(form.enBody) : null, preview ? rendered(form.jaBody) : null);
        return Templates.editor(page, view).setLocale(language.locale());
    }

    private static String rendered(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : MarkdownRenderer.toSafeHtml(markdown);
    }

    private static <E extends Enum<E> & CodedValue> List<Option> options(Class<E> type, String selected,
            java.util.function.Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new Option(value.code(), label.apply(value), value.code().equalsIgnoreCase(
                        selected == null ? "" : selected.strip())))
                .toList();
    }
}
