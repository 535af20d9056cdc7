package jpus.taskforce.portal.web;

import java.util.List;
import java.util.Map;

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

import jpus.taskforce.portal.api.CheckResource;
import jpus.taskforce.portal.check.CheckAnswer.Kind;
import jpus.taskforce.portal.check.CheckAnswer;
import jpus.taskforce.portal.check.ProductCheck;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.CheckMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * {@code /{lang}/check}: the product check as a plain form. Choosing a good and a region and
 * pressing the button reloads the page with the answer, so it works without JavaScript.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class CheckPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(Page page, CheckForm form, Answer answer);
    }

    /** The form: the choices, and the error beside a choice the vocabularies do not know. */
    public record CheckForm(List<Option> goods, List<Option> regions, String goodError, String regionError) {

        public boolean hasErrors() {
            return goodError != null || regionError != null;
        }
    }

    /** The answer's heading and its three sections; null before a good is chosen. */
    public record Answer(String heading, List<Section> sections) {
    }

    public record Section(String id, String heading, String intro, String none, List<FindingView> findings) {
    }

    /**
     * A document found, with the facts a company needs to judge it.
     *
     * @param updated the date of the latest edition or amendment the document states, or null
     */
    public record FindingView(String url, String title, String titleLang, String meta, boolean binding,
            String bindingLabel, String statusLabel, String citation, String issued, String updated, String sourceUrl,
            List<ReasonView> reasons) {
    }

    /** Why a document was found; the sentence that names the good or region, in the language it is written in. */
    public record ReasonView(String explanation, String sentence, String sentenceLang) {
    }

    @Inject
    ProductCheck check;

    @Inject
    Vocabulary vocabulary;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/check")
    public TemplateInstance check(@PathParam("lang") String lang, @QueryParam("good") String good,
            @QueryParam("region") String region) {
        Language language = PageLanguage.fromPath(lang);
        CheckMessages words = Labels.check(language);
        boolean asked = good != null || region != null;
        ProductCheck.Question question = check.question(good, region);
        Map<String, String> errors = new java.util.HashMap<>();
        if (asked) {
            for (InvalidParameter problem : question.problems()) {
                errors.put(problem.name(), problem.name().equals("good") ? words.check_error_good() : words.check_error_region());
            }
        }
        String goodId = question.good() == null ? good : question.good().id();
        String regionId = question.region().map(TagTerm::id).orElse(region);
        CheckForm form = new CheckForm(options(vocabulary.goods(), goodId, language),
                options(vocabulary.regions(), regionId, language), errors.get("good"), errors.get("region"));
        Answer answer = question.valid()
                ? check.answer(question, Viewer.of(identity).readable(), found -> answer(found, language))
                : null;
        String path = "/check" + query(goodId, regionId);
        String title = answer == null ? words.check_title() : answer.heading();
        return Templates.check(new Page(language, path, title, ""), form, answer).setLocale(language.locale());
    }

    private static String query(String good, String region) {
        StringBuilder query = new StringBuilder();
        if (good != null && !good.isBlank()) {
            query.append("?good=").append(java.net.URLEncoder.encode(good, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (region != null && !region.isBlank()) {
            query.append(query.isEmpty() ? "?" : "&").append("region=")
                    .append(java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static List<Option> options(List<? extends TagTerm> terms, String selected, Language language) {
        // A narrower entry follows its broader one, marked so that the tree reads in a flat list.
        return terms.stream().map(t -> new Option(t.id(), (t.parent() == null ? "" : "– ") + t.label(language),
                t.id().equals(selected))).toList();
    }

    private Answer answer(CheckAnswer answer, Language language) {
        CheckMessages words = Labels.check(language);
        String good = answer.good().label(language);
        String heading = answer.region() == null ? words.check_answer_heading(good)
                : words.check_answer_heading_region(good, answer.region().label(language));
        return new Answer(heading, List.of(
                new Section("rules", words.check_rules_heading(), words.check_rules_intro(), words.check_rules_none(),
                        findings(answer.rules(), language)),
                new Section("lists", words.check_lists_heading(), words.check_lists_intro(), words.check_lists_none(),
                        findings(answer.lists(), language)),
                new Section("guidance", words.check_guidance_heading(), words.check_guidance_intro(),
                        words.check_guidance_none(), findings(answer.guidance(), language))));
    }

    private List<FindingView> findings(List<CheckAnswer.Finding> findings, Language language) {
        return findings.stream().map(f -> finding(f, language)).toList();
    }

    private FindingView finding(CheckAnswer.Finding finding, Language language) {
        AppMessages msg = Labels.in(language);
        Document d = finding.document();
        LanguageVersion shown = d.findVersion(language).orElseGet(() -> d.findVersion(language.other()).orElseThrow());
        String agency = vocabulary.agency(d.getAgency()).map(a -> a.label(language)).orElse(d.getAgency());
        String meta = msg.document_type(d.getType().code()) + " · " + msg.government(d.getGovernment().code()) + " · " + agency;
        List<ReasonView> reasons = finding.matches().stream().map(m -> reason(m, d, language)).toList();
        return new FindingView(Links.document(language, d.getSlug()), shown.getTitle(),
                shown.getLanguage().code(), meta, d.isBinding(), msg.document_binding_value(d.isBinding()),
                msg.status_value(d.getStatus().code(), d.isBinding()), d.getCitation(),
                d.getIssued() == null ? null : d.getIssued().display(language),
                d.getUpdated() == null ? null : d.getUpdated().display(language), d.getSourceUrl(), reasons);
    }

    private ReasonView reason(CheckAnswer.Match match, Document d, Language language) {
        String label = switch (match.kind()) {
            case GOOD -> vocabulary.good(match.id()).map(t -> t.label(language)).orElse(match.id());
            case REGION -> vocabulary.region(match.id()).map(t -> t.label(language)).orElse(match.id());
            case ALL_GOODS -> vocabulary.topic(match.id()).map(t -> t.label(language)).orElse(match.id());
        };
        String explanation = CheckResource.explanation(Labels.check(language), match, label, d);
        if (match.kind() == Kind.ALL_GOODS) {
            return new ReasonView(explanation, null, null);
        }
        Language sentenceLanguage = match.sentences().containsKey(language) ? language : language.other();
        String sentence = match.sentences().get(sentenceLanguage);
        return sentence == null ? new ReasonView(explanation + " " + Labels.check(language).check_sentence_missing(), null, null)
                : new ReasonView(explanation, sentence, sentenceLanguage.code());
    }
}
