package jpus.taskforce.portal.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import jpus.taskforce.partnerclient.ApiException;
import jpus.taskforce.partnerclient.ApiResponse;
import jpus.taskforce.partnerclient.api.AdministrationApi;
import jpus.taskforce.partnerclient.api.AdministrationApi.APIListAuditEntriesRequest;
import jpus.taskforce.partnerclient.api.AdministrationApi.APIListWebhookDeliveriesRequest;
import jpus.taskforce.partnerclient.api.AdministrationApi.APIRegisterWebhookRequest;
import jpus.taskforce.partnerclient.api.AdministrationApi.APIRemoveWebhookRequest;
import jpus.taskforce.partnerclient.api.DocumentsApi;
import jpus.taskforce.partnerclient.api.DocumentsApi.APIGetDocumentRequest;
import jpus.taskforce.partnerclient.api.DocumentsApi.APIListRelatedDocumentsRequest;
import jpus.taskforce.partnerclient.api.DocumentsApi.APISearchDocumentsRequest;
import jpus.taskforce.partnerclient.api.DocumentsApi.APISuggestCompletionsRequest;
import jpus.taskforce.partnerclient.api.PublishingApi;
import jpus.taskforce.partnerclient.api.PublishingApi.APIApproveDraftRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APICreateDocumentRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APIDiffRevisionsRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APIDownloadAttachmentRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APIListRevisionsRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APIPublishDraftRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APISubmitDraftRequest;
import jpus.taskforce.partnerclient.api.PublishingApi.APIUpdateDocumentRequest;
import jpus.taskforce.partnerclient.api.SyncApi;
import jpus.taskforce.partnerclient.api.SyncApi.APIExportDocumentsRequest;
import jpus.taskforce.partnerclient.api.SyncApi.APIListChangesRequest;
import jpus.taskforce.partnerclient.api.VocabulariesApi;
import jpus.taskforce.partnerclient.model.ChangePage;
import jpus.taskforce.partnerclient.model.ChangeView;
import jpus.taskforce.partnerclient.model.DocumentInput;
import jpus.taskforce.partnerclient.model.DocumentStatus;
import jpus.taskforce.partnerclient.model.DocumentType;
import jpus.taskforce.partnerclient.model.DocumentView;
import jpus.taskforce.partnerclient.model.DraftState;
import jpus.taskforce.partnerclient.model.DraftView;
import jpus.taskforce.partnerclient.model.FacetValueView;
import jpus.taskforce.partnerclient.model.FieldChange;
import jpus.taskforce.partnerclient.model.Government;
import jpus.taskforce.partnerclient.model.HealthStatus;
import jpus.taskforce.partnerclient.model.HitView;
import jpus.taskforce.partnerclient.model.InvalidParameter;
import jpus.taskforce.partnerclient.model.Language;
import jpus.taskforce.partnerclient.model.Problem;
import jpus.taskforce.partnerclient.model.RevisionView;
import jpus.taskforce.partnerclient.model.SearchResponse;
import jpus.taskforce.partnerclient.model.Suggestion;
import jpus.taskforce.partnerclient.model.VersionInput;
import jpus.taskforce.partnerclient.model.Visibility;
import jpus.taskforce.partnerclient.model.WebhookRegistration;
import jpus.taskforce.partnerclient.model.WebhookView;
import jpus.taskforce.partnerclient.model.WorkflowStep;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * A partner's story told through the Java client that openapi-generator makes from the committed
 * contract (pom.xml), against the real portal and Keycloak, with the staff's and an admin's beside
 * it. Every answer of every call is checked against the served document's schemas
 * (PartnerClients), so a field or type the document gets wrong fails the call that received it.
 */
@QuarkusTest
class PartnerClientTest {

    private static final String UFLPA = "us-uflpa";
    private static final String SYNC_CURSOR = "Portal-Changes-Cursor";

    @TestHTTPResource("/")
    URI portal;

    @Inject
    Indexing indexing;

    private ResponseContract contract;
    private PartnerClients clients;

    @BeforeEach
    void connect() {
        contract = new ResponseContract(ContractDocument.served());
        clients = new PartnerClients(portal, contract);
    }

    @Test
    void searchesWithFiltersAndReadsTheFacetsInTheChosenLanguage() throws ApiException {
        SearchResponse answer = documents().searchDocuments(APISearchDocumentsRequest.newBuilder()
                .q("forced labor").government(List.of("JP", "US")).lang(Language.JA).size(5).build());

        assertThat(answer.getHits()).hasSize(5).extracting(HitView::getGovernment).containsAnyOf(Government.JP, Government.US)
                .doesNotContain(Government.JOINT, Government.INTL);
        assertThat(answer.getFacets().get("government")).extracting(FacetValueView::getValue, FacetValueView::getLabel)
                .contains(tuple("JP", "日本"));
    }

    @Test
    void readsADocumentInBothLanguagesWithItsDateAsPrecise() throws ApiException {
        DocumentView uflpa = documents().getDocument(APIGetDocumentRequest.newBuilder().slug(UFLPA).build());

        assertThat(uflpa.getVersions()).containsOnlyKeys("en", "ja");
        assertThat(uflpa.getIssued()).isEqualTo("2021-12-23");
    }

    @Test
    void findsRelatedDocuments() throws ApiException {
        assertThat(documents().listRelatedDocuments(APIListRelatedDocumentsRequest.newBuilder().slug(UFLPA)
                .lang(Language.EN).build()).getHits())
                .isNotEmpty().extracting(HitView::getSlug).doesNotContain(UFLPA);
    }

    @Test
    void suggestsCompletionsOfWhatIsTyped() throws ApiException {
        assertThat(documents().suggestCompletions(APISuggestCompletionsRequest.newBuilder().q("強制").lang(Language.JA).build())
                .getSuggestions()).extracting(Suggestion::getText).contains("強制労働");
    }

    @Test
    void readsTheTopicsAndTheGlossary() throws ApiException {
        VocabulariesApi vocabularies = new VocabulariesApi(clients.anonymous());

        assertThat(vocabularies.listTopics(VocabulariesApi.APIListTopicsRequest.newBuilder().build())).isNotEmpty();
        assertThat(vocabularies.listGlossaryTerms(VocabulariesApi.APIListGlossaryTermsRequest.newBuilder().build())).isNotEmpty();
    }

    @Test
    void pollsADocumentCheaplyWithItsETag() throws ApiException {
        ApiResponse<DocumentView> first = documents().getDocumentWithHttpInfo(APIGetDocumentRequest.newBuilder().slug(UFLPA).build());
        String etag = first.getHeaders().get("ETag").get(0);

        ApiException unchanged = catchThrowableOfType(ApiException.class, () -> documents().getDocument(
                APIGetDocumentRequest.newBuilder().slug(UFLPA).ifNoneMatch(etag).build()));

        assertThat(unchanged.getCode()).isEqualTo(304);
    }

    @Test
    void readsAnUnknownDocumentAsANotFoundProblem() throws IOException {
        ApiException missing = catchThrowableOfType(ApiException.class, () -> documents().getDocument(
                APIGetDocumentRequest.newBuilder().slug("no-such-document").build()));

        Problem problem = problem(missing);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).contains("no-such-document");
    }

    @Test
    void readsInvalidParametersAsAProblemNamingEachOne() throws IOException {
        ApiException invalid = catchThrowableOfType(ApiException.class, () -> documents().searchDocuments(
                APISearchDocumentsRequest.newBuilder().q("forced labor").size(1000).build()));

        assertThat(problem(invalid).getErrors()).extracting(InvalidParameter::getName).containsExactly("size");
    }

    @Test
    void staffPublishADocumentThroughReview() throws ApiException {
        String slug = "partner-client-review";

        DocumentView published = publishThroughReview(slug);

        assertThat(published.getRevision()).isEqualTo(1);
        assertThat(documents().getDocument(APIGetDocumentRequest.newBuilder().slug(slug).build()).getVersions())
                .containsOnlyKeys("en", "ja");
    }

    @Test
    void staffReviseADocumentAndItsHistoryShowsWhatChanged() throws ApiException {
        String slug = "partner-client-history";
        publishThroughReview(slug);

        DraftView edited = publishing(KeycloakServer.METI_EDITOR).updateDocument(APIUpdateDocumentRequest.newBuilder()
                .slug(slug).documentInput(newDocument(slug).binding(true)).build());
        assertThat(edited.getChanges()).extracting(FieldChange::getField).containsExactly("binding");
        submitApproveAndPublish(slug, "Now binding");

        PublishingApi member = publishing(KeycloakServer.MEMBER);
        assertThat(member.listRevisions(APIListRevisionsRequest.newBuilder().slug(slug).build()))
                .extracting(RevisionView::getNumber, RevisionView::getChangeNote)
                .containsExactly(tuple(2, "Now binding"), tuple(1, "First version"));
        assertThat(member.diffRevisions(APIDiffRevisionsRequest.newBuilder().slug(slug).from(1L).to(2L).build()).getChanges())
                .extracting(FieldChange::getField).containsExactly("binding");
    }

    /**
     * openapi-generator's native Java library sends every request body as JSON, a file's too (up to
     * 7.25 at least), so the editor uploads with plain HTTP (docs/api.md) and the answer is checked
     * against the contract here; readers download through the client.
     */
    @Test
    void anyoneDownloadsAFileAttachedToAPublishedDocument() throws ApiException {
        String slug = "partner-client-attachment";
        publishing(KeycloakServer.METI_EDITOR).createDocument(APICreateDocumentRequest.newBuilder()
                .documentInput(newDocument(slug)).build());
        Response upload = Tokens.as(KeycloakServer.METI_EDITOR).contentType("text/plain").body("Supplier audit summary, 2026.")
                .queryParam("name", "report.txt").post("/api/v1/documents/{slug}/attachments", slug);
        assertThat(contract.violations("POST", URI.create("/api/v1/documents/" + slug + "/attachments"), upload.statusCode(),
                upload.contentType(), upload.asByteArray())).isEmpty();
        submitApproveAndPublish(slug, "First version");

        File downloaded = new PublishingApi(clients.anonymous()).downloadAttachment(APIDownloadAttachmentRequest.newBuilder()
                .slug(slug).id(upload.jsonPath().getString("id")).build());

        assertThat(downloaded).hasContent("Supplier audit summary, 2026.");
    }

    @Test
    void anAdminReadsTheHealthOfEveryServiceTheReindexAndTheAuditLog() throws ApiException {
        AdministrationApi admin = new AdministrationApi(clients.as(KeycloakServer.ADMIN));

        assertThat(admin.getHealthReport().getKeycloak().getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(admin.getReindexStatus().getState()).isNotNull();
        assertThat(admin.listAuditEntries(APIListAuditEntriesRequest.newBuilder().size(5).build())).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anAdminRegistersAWebhookThenRemovesIt() throws ApiException {
        AdministrationApi admin = new AdministrationApi(clients.as(KeycloakServer.ADMIN));

        WebhookView registered = admin.registerWebhook(APIRegisterWebhookRequest.newBuilder().webhookRegistration(
                new WebhookRegistration().url("http://127.0.0.1:9/portal-events").events(List.of("withdrawn"))).build());
        String id = String.valueOf(registered.getId());
        assertThat(admin.listWebhooks()).extracting(WebhookView::getId).contains(registered.getId());
        assertThat(admin.listWebhookDeliveries(APIListWebhookDeliveriesRequest.newBuilder().id(id).build())).isEmpty();
        admin.removeWebhook(APIRemoveWebhookRequest.newBuilder().id(id).build());

        assertThat(admin.listWebhooks()).extracting(WebhookView::getId).doesNotContain(registered.getId());
    }

    @Test
    void mirrorsTheKnowledgeBaseByExportThenFollowingChanges() throws ApiException, IOException {
        SyncApi sync = new SyncApi(clients.anonymous());
        ApiResponse<File> export = sync.exportDocumentsWithHttpInfo(APIExportDocumentsRequest.newBuilder().build());
        String cursor = export.getHeaders().get(SYNC_CURSOR).get(0);
        assertThat(exportedSlugs(export.getData())).contains(UFLPA);

        publishThroughReview("partner-client-mirror");
        ChangePage changes = sync.listChanges(APIListChangesRequest.newBuilder().since(cursor).limit(100).build());

        assertThat(changes.getChanges()).extracting(ChangeView::getSlug, ChangeView::getEvent)
                .contains(tuple("partner-client-mirror", ChangeView.EventEnum.CREATED));
    }

    /** Each line of the export is a document, checked against the DocumentView schema as the client reads it. */
    private List<String> exportedSlugs(File export) throws IOException {
        ObjectMapper json = PartnerClients.strictJson();
        List<String> slugs = new ArrayList<>();
        for (String line : Files.readAllLines(export.toPath())) {
            JsonNode document = json.readTree(line);
            assertThat(contract.violations("DocumentView", document)).as("export line %s", document.path("slug")).isEmpty();
            slugs.add(json.treeToValue(document, DocumentView.class).getSlug());
        }
        return slugs;
    }

    /** An editor writes a new Japanese document, submits it, a reviewer approves and publishes it. */
    private DocumentView publishThroughReview(String slug) throws ApiException {
        DraftView draft = publishing(KeycloakServer.METI_EDITOR).createDocument(APICreateDocumentRequest.newBuilder()
                .documentInput(newDocument(slug)).build());
        assertThat(draft.getState()).isEqualTo(DraftState.DRAFT);
        return submitApproveAndPublish(slug, "First version");
    }

    private DocumentView submitApproveAndPublish(String slug, String changeNote) throws ApiException {
        PublishingApi editor = publishing(KeycloakServer.METI_EDITOR);
        PublishingApi reviewer = publishing(KeycloakServer.METI_REVIEWER);
        DraftView submitted = editor.submitDraft(APISubmitDraftRequest.newBuilder().slug(slug)
                .workflowStep(new WorkflowStep().changeNote(changeNote)).build());
        assertThat(submitted.getState()).isEqualTo(DraftState.IN_REVIEW);
        DraftView approved = reviewer.approveDraft(APIApproveDraftRequest.newBuilder().slug(slug).build());
        assertThat(approved.getState()).isEqualTo(DraftState.APPROVED);
        DocumentView published = reviewer.publishDraft(APIPublishDraftRequest.newBuilder().slug(slug)
                .workflowStep(new WorkflowStep()).build());
        indexing.awaitIndexed();
        return published;
    }

    private static DocumentInput newDocument(String slug) {
        return new DocumentInput()
                .slug(slug)
                .type(DocumentType.GUIDANCE)
                .government(Government.JP)
                .agency("meti")
                .topics(List.of("human-rights-due-diligence"))
                .issued("2026-04")
                .status(DocumentStatus.IN_FORCE)
                .binding(false)
                .sourceUrl("https://www.meti.go.jp/policy/economy/business-jinken/index.html")
                .visibility(Visibility.PUBLIC)
                .versions(Map.of(
                        "en", new VersionInput().title("Practical reference on human rights due diligence")
                                .summary("Steps a company can take to find and address human rights risks in its supply chain.")
                                .body("## Identify risks\n\nMap your suppliers first."),
                        "ja", new VersionInput().title("人権デューディリジェンスに関する実務参照資料")
                                .summary("企業がサプライチェーンにおける人権リスクを特定し、対処するための手順を示します。")
                                .body("## リスクの特定\n\nまず取引先を把握します。")));
    }

    private DocumentsApi documents() {
        return new DocumentsApi(clients.anonymous());
    }

    private PublishingApi publishing(String who) {
        return new PublishingApi(clients.as(who));
    }

    /** The problem+json body of an error, read into the client's own Problem model. */
    private static Problem problem(ApiException error) throws IOException {
        assertThat(error.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return PartnerClients.strictJson().readValue(error.getResponseBody(), Problem.class);
    }
}
