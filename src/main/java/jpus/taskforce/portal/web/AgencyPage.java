package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.DocumentReads;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.vocabulary.Agency;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/** An issuing body and the documents it issued, from the database. */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class AgencyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agency(Page page, String government, List<DocumentCard> documents,
                String searchUrl);
    }

    @Inject
    DocumentReads reads;

    @Inject
    SecurityIdentity identity;

    @Inject
    Vocabulary vocabulary;

    @Inject
    PageViews views;

    @GET
    @Path("/agencies/{id}")
    public TemplateInstance agency(@PathParam("lang") String lang, @PathParam("id") String id) {
        Language language = PageLanguage.fromPath(lang);
        Agency agency = vocabulary.agency(id).orElseThrow(NotFoundException::new);
        List<DocumentCard> cards = reads.byAgency(agency.id(), Viewer.of(identity).readable(),
                found -> views.cards(found, language));
        Page page = new Page(language, "/agencies/" + agency.id(), agency.label(language), "");
        return Templates.agency(page, Labels.in(language).government(agency.government().code()), cards,
                "/" + language.code() + "/search?agency=" + agency.id())
                .setLocale(language.locale());
    }
}
