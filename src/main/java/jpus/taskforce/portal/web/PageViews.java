package jpus.taskforce.portal.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.PartialDate;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.search.SearchHit;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/** Builds the cards that pages show for documents, from the database or from search hits. */
@ApplicationScoped
public class PageViews {

    @Inject
    Vocabulary vocabulary;

    /** One government's documents on a page. */
    public record GovernmentGroup(String heading, java.util.List<DocumentCard> documents) {
    }

    /** Documents grouped under each government's heading, in the order JP, US, JOINT, INTL; empty groups left out. */
    public java.util.List<GovernmentGroup> groups(java.util.List<Document> filed, Language language) {
        AppMessages msg = Labels.in(language);
        java.util.List<GovernmentGroup> groups = new java.util.ArrayList<>();
        for (jpus.taskforce.portal.document.Government government : jpus.taskforce.portal.document.Government.values()) {
            java.util.List<DocumentCard> cards = filed.stream().filter(d -> d.getGovernment() == government)
                    .map(d -> card(d, language)).toList();
            if (!cards.isEmpty()) {
                groups.add(new GovernmentGroup(msg.government(government.code()), cards));
            }
        }
        return groups;
    }

    public java.util.List<DocumentCard> cards(java.util.List<Document> documents, Language language) {
        return documents.stream().map(d -> card(d, language)).toList();
    }

    public DocumentCard card(Document d, Language language) {
        LanguageVersion shown = d.findVersion(language).orElseGet(() -> d.findVersion(language.other()).orElseThrow());
        Language shownLanguage = shown.getLanguage();
        return card(language, d.getSlug(), shown.getTitle(), shownLanguage, shown.getSummary(), null, null,
                d.getType().code(), d.getGovernment().code(), d.getAgency(), d.getIssued().display(language),
                d.getLanguages().size() > 1, d.getProvenance());
    }

    public DocumentCard card(SearchHit hit, Language language) {
        Language shown = hit.titles().containsKey(language) ? language : language.other();
        String issued = hit.issued() == null ? null
                : PartialDate.parse(hit.issued()).display(language);
        var snippet = hit.snippetFor(language);
        return card(language, hit.slug(), hit.titles().get(shown), shown, hit.summaries().get(shown),
                snippet.map(Map.Entry::getValue).orElse(null), snippet.map(Map.Entry::getKey).orElse(null), hit.type().code(),
                hit.government().code(), hit.agency(), issued, hit.languages().size() > 1, hit.provenance());
    }

    private DocumentCard card(Language page, String slug, String title, Language titleLanguage, String summary,
            String snippet, Language snippetLanguage, String type, String government, String agency, String issued,
            boolean bilingual, Provenance provenance) {
        AppMessages msg = Labels.in(page);
        String agencyLabel = vocabulary.agency(agency).map(a -> a.label(page)).orElse(agency);
        Language other = page.other();
        return new DocumentCard(Links.document(page, slug), title, titleLanguage.code(), summary,
                snippet, snippetLanguage == null ? null : snippetLanguage.code(), msg.document_type(type),
                msg.government(government), agencyLabel, issued,
                bilingual ? Links.document(other, slug) : null, other.code(),
                bilingual ? msg.search_also_in(Labels.in(other).language_name(other.code())) : null,
                provenance == Provenance.EDITORIAL ? msg.provenance(provenance.code()) : null);
    }
}
