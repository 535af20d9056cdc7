package jpus.taskforce.portal.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.publishing.DocumentInput;

/**
 * The editor form as posted, and as shown again: every field of {@link DocumentInput} as the text
 * the person typed, so that a refused form comes back exactly as it was sent.
 */
public class EditorForm {

    @RestForm
    public String slug;
    @RestForm
    public String type;
    @RestForm
    public String government;
    @RestForm
    public String agency;
    @RestForm
    public List<String> topics = new ArrayList<>();
    @RestForm
    public String issued;
    @RestForm
    public String effective;
    @RestForm
    public String updated;
    @RestForm
    public String status;
    @RestForm
    public String binding;
    @RestForm
    public String citation;
    @RestForm
    public String sourceUrl;
    @RestForm
    public String visibility;
    @RestForm
    public String supersededBy;
    @RestForm
    public String singleLanguageReason;
    @RestForm
    public String provenance;
    @RestForm
    public String reviewed;
    @RestForm
    public List<String> goods = new ArrayList<>();
    @RestForm
    public List<String> regions = new ArrayList<>();
    @RestForm
    public String enTitle;
    @RestForm
    public String enSummary;
    @RestForm
    public String enScope;
    @RestForm
    public String enEnforcement;
    @RestForm
    public String enBody;
    @RestForm
    public String jaTitle;
    @RestForm
    public String jaSummary;
    @RestForm
    public String jaScope;
    @RestForm
    public String jaEnforcement;
    @RestForm
    public String jaBody;
    @RestForm
    public String changeNote;
    @RestForm
    public String major;
    @RestForm
    public String noTranslationNeeded;
    @RestForm
    public String publishAt;
    @RestForm
    public String publishZone;
    /** Which button was pressed: {@code preview} shows the bodies rendered, anything else saves. */
    @RestForm
    public String action;

    /** A blank form for a new document. */
    static EditorForm blank(String government, Language language) {
        EditorForm form = new EditorForm();
        form.government = government;
        form.status = "in-force";
        form.provenance = "official";
        form.visibility = "public";
        form.publishZone = StaffTime.defaultZone(language);
        return form;
    }

    /** The form filled with a document, a draft's content or a published one. */
    static EditorForm of(DocumentInput input, Language language) {
        EditorForm form = new EditorForm();
        form.slug = input.slug();
        form.type = input.type();
        form.government = input.government();
        form.agency = input.agency();
        form.topics = input.topics() == null ? new ArrayList<>() : new ArrayList<>(input.topics());
        form.issued = input.issued();
        form.effective = input.effective();
        form.updated = input.updated();
        form.status = input.status();
        form.binding = input.binding() == null ? null : input.binding().toString();
        form.citation = input.citation();
        form.sourceUrl = input.sourceUrl();
        form.visibility = input.visibility();
        form.supersededBy = input.supersededBy();
        form.singleLanguageReason = input.singleLanguageReason();
        form.provenance = input.provenance();
        form.reviewed = input.reviewed();
        form.goods = input.goods() == null ? new ArrayList<>() : new ArrayList<>(input.goods());
        form.regions = input.regions() == null ? new ArrayList<>() : new ArrayList<>(input.regions());
        DocumentInput.TextInput en = input.versions() == null ? null : input.versions().get(Language.EN.code());
        if (en != null) {
            form.enTitle = en.title();
            form.enSummary = en.summary();
            form.enScope = en.scope();
            form.enEnforcement = en.enforcement();
            form.enBody = en.body();
        }
        DocumentInput.TextInput ja = input.versions() == null ? null : input.versions().get(Language.JA.code());
        if (ja != null) {
            form.jaTitle = ja.title();
            form.jaSummary = ja.summary();
            form.jaScope = ja.scope();
            form.jaEnforcement = ja.enforcement();
            form.jaBody = ja.body();
        }
        form.changeNote = input.changeNote();
        form.major = Boolean.TRUE.equals(input.major()) ? "on" : null;
        form.noTranslationNeeded = Boolean.TRUE.equals(input.noTranslationNeeded()) ? "on" : null;
        form.publishZone = StaffTime.defaultZone(language);
        form.publishAt = input.publishAt() == null ? null : StaffTime.inputValue(Instant.parse(input.publishAt()), form.publishZone);
        return form;
    }

    /**
     * The document the form stands for. A language whose fields are all empty is left out, so a
     * document can exist in one language; a publication time that cannot be read is passed on as
     * typed, for the validator to report against its field.
     */
    DocumentInput toInput() {
        Map<String, DocumentInput.TextInput> versions = new LinkedHashMap<>();
        version(versions, Language.EN, enTitle, enSummary, enScope, enEnforcement, enBody);
        version(versions, Language.JA, jaTitle, jaSummary, jaScope, jaEnforcement, jaBody);
        return new DocumentInput(blankToNull(slug), blankToNull(type), blankToNull(government), blankToNull(agency),
                topics == null ? List.of() : topics, blankToNull(issued), blankToNull(effective), blankToNull(updated),
                blankToNull(status), binding == null || binding.isBlank() ? null : Boolean.valueOf(binding),
                blankToNull(citation), blankToNull(sourceUrl), blankToNull(visibility), blankToNull(supersededBy),
                blankToNull(singleLanguageReason), blankToNull(provenance), blankToNull(reviewed),
                goods == null ? List.of() : goods, regions == null ? List.of() : regions, versions,
                blankToNull(changeNote), isMajor(), publishInstant(), isNoTranslationNeeded() ? Boolean.TRUE : null);
    }

    public boolean isNoTranslationNeeded() {
        return noTranslationNeeded != null && !noTranslationNeeded.isBlank();
    }

    public boolean isMajor() {
        return major != null && !major.isBlank();
    }

    public boolean hasTopic(String id) {
        return topics != null && topics.contains(id);
    }

    private String publishInstant() {
        try {
            return StaffTime.parse(publishAt, publishZone).map(Instant::toString).orElse(null);
        } catch (DateTimeParseException e) {
            return publishAt.strip();
        }
    }

    private static void version(Map<String, DocumentInput.TextInput> versions, Language language, String title,
            String summary, String scope, String enforcement, String body) {
        if (blankToNull(title) == null && blankToNull(summary) == null && blankToNull(scope) == null
                && blankToNull(enforcement) == null && blankToNull(body) == null) {
            return;
        }
        versions.put(language.code(), new DocumentInput.TextInput(title, summary, blankToNull(scope),
                blankToNull(enforcement), body));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
