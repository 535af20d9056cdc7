package jpus.taskforce.portal.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.audit.AuditAction;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.i18n.ReviewMessages;
import jpus.taskforce.portal.publishing.AllowedSteps.Step;
import jpus.taskforce.portal.publishing.AllowedSteps;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.tagging.Terminology;

/**
 * The staff page of a document as it stands: its draft (state, approvals, the changes against what
 * readers see, files waiting for publication, remarks and history) or, without a draft, the
 * published document, with the workflow steps the person may take.
 */
@ApplicationScoped
public class DraftViews {

    /**
     * @param done     what was just done (a code for {@code msg:staff_done}), or null
     * @param refusal  why the last step was refused, or null
     * @param errors   problems with the fields of the last step
     */
    public record DraftView(String slug, String title, String titleLang, boolean hasDraft, String stateLabel,
            List<Fact> facts, List<ChangeView> changes, List<FileRow> pending, List<FileRow> published,
            boolean mayEdit, boolean maySubmit, boolean mayApprove, boolean mayPublish, boolean mayArchive,
            boolean mayReturn, boolean mayRemark, boolean readsReview, List<RemarkRow> remarks, List<String> warnings,
            List<HistoryRow> history, String base, String publicUrl, String changeNote, boolean major,
            List<Option> zones, String done, String refusal, FieldErrors errors) {

        public boolean mayAttach() {
            return hasDraft && mayEdit;
        }

        public boolean anyStep() {
            return mayEdit || maySubmit || mayApprove || mayPublish || mayArchive || mayReturn;
        }
    }

    public record Fact(String label, String value) {
    }

    /** A remark as the page shows it: {@code meta} says who, when and on which revision's draft. */
    public record RemarkRow(String meta, String text, boolean returned) {
    }

    /** A step in the document's workflow history, with the text its author gave (a remark, a change note), if any. */
    public record HistoryRow(String line, String detail) {
    }

    public record FileRow(long id, String name, String type, String size, String uploadedBy, String url) {
    }

    /** What the last step did, or why it was refused, as the page reports it. */
    record Outcome(String done, String refusal, FieldErrors errors) {

        static Outcome of(String done) {
            return new Outcome(done != null && done.matches("[a-z]{1,20}") ? done : null, null, FieldErrors.none());
        }
    }

    private static final int HISTORY_LENGTH = 50;
    private static final Set<AuditAction> WRITTEN_BY_PEOPLE = EnumSet.of(AuditAction.EDIT, AuditAction.SUBMIT,
            AuditAction.RETURN, AuditAction.REMARK, AuditAction.ARCHIVE);

    @Inject
    Publishing publishing;

    @Inject
    Terminology terminology;

    @Inject
    Attachments attachments;

    /**
     * The page for this document, reporting {@code outcome}; not found when the person may see
     * neither a draft nor a published document of this slug.
     */
    public TemplateInstance page(Language language, String slug, Viewer viewer, Outcome outcome) {
        DraftView view = publishing.draftAndDocument(slug, viewer, (draft, document) -> draft != null
                ? draftView(language, draft, document, viewer, outcome)
                : publishedView(language, document, viewer, outcome));
        Page page = new Page(language, "/staff/documents/" + slug, view.title(), "");
        return DraftPage.Templates.draft(page, view).setLocale(language.locale());
    }

    private DraftView draftView(Language language, DocumentDraft draft, Document document, Viewer viewer, Outcome outcome) {
        AppMessages msg = Labels.in(language);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(msg.document_government(), msg.government(draft.getGovernment().code())));
        facts.add(new Fact(msg.staff_approvals(), approvals(draft, msg)));
        facts.add(new Fact(msg.staff_based_on(), draft.getBaseRevision() == 0 ? msg.staff_base_none()
                : msg.staff_revision(draft.getBaseRevision())));
        facts.add(new Fact(msg.staff_created_by(), draft.getCreatedBy()));
        facts.add(new Fact(msg.staff_updated(), msg.staff_by_at(draft.getUpdatedBy(), StaffTime.format(draft.getUpdatedAt(), language))));
        if (draft.getChangeNote() != null) {
            facts.add(new Fact(msg.field("changeNote"), draft.getChangeNote()));
        }
        facts.add(new Fact(msg.staff_weight(), msg.revision_weight(draft.isMajor())));
        if (draft.getPublishAt() != null) {
            facts.add(new Fact(msg.staff_scheduled(), StaffTime.format(draft.getPublishAt(), language)));
        }
        Set<Step> steps = AllowedSteps.onDraft(draft, viewer);
        boolean archive = document != null && AllowedSteps.onPublished(document, viewer).contains(Step.ARCHIVE);
        String slug = draft.getSlug();
        var versions = publishing.content(draft).versions();
        var shown = versions.containsKey(language.code()) ? language : language.other();
        String title = versions.containsKey(shown.code()) ? versions.get(shown.code()).title() : draft.getTitle();
        return new DraftView(slug, title, shown.code(), true, msg.draft_state(draft.getState().code()), facts,
                ChangeView.of(publishing.pendingChanges(slug, viewer), language),
                files(attachments.pending(slug), language), document == null ? List.of() : files(attachments.published(slug), language),
                steps.contains(Step.EDIT), steps.contains(Step.SUBMIT), steps.contains(Step.APPROVE),
                steps.contains(Step.PUBLISH), archive, steps.contains(Step.RETURN), steps.contains(Step.REMARK), true,
                remarks(slug, viewer, language), warnings(publishing.content(draft), language), history(slug, viewer, language),
                Links.staffDocument(language, slug),
                document == null ? null : Links.document(language, slug),
                draft.getChangeNote(), draft.isMajor(), StaffTime.zones(language, null), outcome.done(),
                outcome.refusal(), outcome.errors());
    }

    private DraftView publishedView(Language language, Document document, Viewer viewer, Outcome outcome) {
        AppMessages msg = Labels.in(language);
        LanguageVersion version = document.findVersion(language).orElseGet(() -> document.findVersion(language.other()).orElseThrow());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(msg.document_government(), msg.government(document.getGovernment().code())));
        facts.add(new Fact(msg.document_status(), msg.status_value(document.getStatus().code(), document.isBinding())));
        facts.add(new Fact(msg.staff_current_revision(), msg.staff_revision(document.getCurrentRevision())));
        Set<Step> steps = AllowedSteps.onPublished(document, viewer);
        String slug = document.getSlug();
        boolean readsReview = publishing.readsReview(slug, viewer);
        String state = document.getStatus() == DocumentStatus.ARCHIVED ? msg.draft_state("archived") : msg.draft_state("published");
        return new DraftView(slug, version.getTitle(), version.getLanguage().code(), false, state, facts, List.of(),
                List.of(), files(attachments.published(slug), language), steps.contains(Step.EDIT), false, false, false,
                steps.contains(Step.ARCHIVE), false, false, readsReview,
                readsReview ? remarks(slug, viewer, language) : List.of(), List.of(), history(slug, viewer, language),
                Links.staffDocument(language, slug), Links.document(language, slug), null,
                false, List.of(), outcome.done(), outcome.refusal(), outcome.errors());
    }

    private List<RemarkRow> remarks(String slug, Viewer viewer, Language language) {
        ReviewMessages review = Labels.review(language);
        return publishing.remarks(slug, viewer).stream()
                .map(r -> new RemarkRow(review.review_remark_meta(r.getAuthor(), StaffTime.format(r.getMadeAt(), language),
                        r.getRevision()), r.getText(), r.isReturned()))
                .toList();
    }

    private List<String> warnings(jpus.taskforce.portal.publishing.DocumentInput content, Language language) {
        ReviewMessages review = Labels.review(language);
        return terminology.check(content).stream()
                .map(f -> review.terminology_warning(f.uses().code(), f.term(), f.expected(), String.join(", ", f.found())))
                .toList();
    }

    /** Newest first; the detail only where it is what a person wrote, not a machine's summary. */
    private List<HistoryRow> history(String slug, Viewer viewer, Language language) {
        AppMessages msg = Labels.in(language);
        ReviewMessages review = Labels.review(language);
        return publishing.reviewHistory(slug, viewer, HISTORY_LENGTH).stream()
                .map(e -> new HistoryRow(review.review_history_entry(msg.audit_action(e.getAction().code()), e.getActor(),
                        StaffTime.format(e.getOccurredAt(), language)), WRITTEN_BY_PEOPLE.contains(e.getAction()) ? e.getDetail() : null))
                .toList();
    }

    /** Who has approved the draft, for each government, or that nobody has yet. */
    static String approvals(DocumentDraft draft, AppMessages msg) {
        List<String> given = new ArrayList<>();
        if (draft.getApprovedJp() != null) {
            given.add(msg.staff_approved_by(msg.government("JP"), draft.getApprovedJp()));
        }
        if (draft.getApprovedUs() != null) {
            given.add(msg.staff_approved_by(msg.government("US"), draft.getApprovedUs()));
        }
        return given.isEmpty() ? msg.staff_no_approvals() : String.join(" · ", given);
    }

    private static List<FileRow> files(List<Attachment> list, Language language) {
        return list.stream()
                .map(a -> new FileRow(a.getId(), a.getFileName(), a.getMediaType(), Sizes.of(a.getSizeBytes()),
                        a.getUploadedBy(), Links.attachment(language, a.getSlug(), a.getId())))
                .toList();
    }
}
