package jpus.taskforce.portal.tagging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.vocabulary.Vocabulary;
import jpus.taskforce.portal.document.Language;

/** The terminology check of a draft against the glossary the portal has loaded. */
@ApplicationScoped
public class Terminology {

    @Inject
    Vocabulary vocabulary;

    public List<TerminologyCheck.Finding> check(DocumentInput input) {
        if (input == null || input.versions() == null) {
            return List.of();
        }
        List<TerminologyCheck.Term> glossary = vocabulary.glossary().stream()
                .map(t -> new TerminologyCheck.Term(t.term(Language.EN), t.term(Language.JA), t.variants()))
                .toList();
        return TerminologyCheck.check(glossary, text(input.versions(), Language.EN), text(input.versions(), Language.JA));
    }

    private static LanguageText text(Map<String, DocumentInput.TextInput> versions, Language language) {
        DocumentInput.TextInput v = versions.get(language.code());
        return v == null ? null : new LanguageText(v.title(), v.summary(), v.scope(), v.enforcement(), v.body());
    }
}
