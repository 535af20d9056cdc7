package jpus.taskforce.portal.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Every role against every action, on documents of its own and of the other government, public
 * and restricted, with real Keycloak tokens. The expected statuses are written for a Japanese
 * document (METI staff are "own"); for a U.S. document the two agencies swap places.
 * A draft of the other government answers 404: its existence is not theirs to know.
 */
@QuarkusTest
class PermissionMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "partner-reader", "partner-member", "member",
            "meti-editor", "ustr-editor", "meti-reviewer", "ustr-reviewer", "admin");

    /** Statuses in the order of {@link #ROLES}. */
    private static final Map<Action, int[]> EXPECTED = Map.ofEntries(
            Map.entry(Action.CREATE, new int[] { 401, 403, 403, 403, 201, 403, 403, 403, 201 }),
            Map.entry(Action.EDIT_DRAFT, new int[] { 401, 403, 403, 403, 200, 404, 403, 403, 200 }),
            Map.entry(Action.READ_DRAFT, new int[] { 401, 404, 404, 404, 200, 404, 200, 404, 200 }),
            Map.entry(Action.SUBMIT, new int[] { 401, 403, 403, 403, 200, 404, 403, 403, 200 }),
            Map.entry(Action.APPROVE, new int[] { 401, 403, 403, 403, 403, 403, 200, 404, 200 }),
            Map.entry(Action.RETURN, new int[] { 401, 403, 403, 403, 403, 403, 200, 404, 200 }),
            Map.entry(Action.READ_REMARKS, new int[] { 401, 404, 404, 404, 200, 404, 200, 404, 200 }),
            Map.entry(Action.ADD_REMARK, new int[] { 401, 404, 404, 404, 201, 404, 201, 404, 201 }),
            // Separation of duties: the editors who wrote a draft do not publish it.
            Map.entry(Action.PUBLISH, new int[] { 401, 403, 403, 403, 403, 403, 200, 404, 200 }),
            Map.entry(Action.EDIT_PUBLISHED, new int[] { 401, 403, 403, 403, 200, 403, 403, 403, 200 }),
            Map.entry(Action.ARCHIVE, new int[] { 401, 403, 403, 403, 403, 403, 200, 403, 200 }),
            Map.entry(Action.READ_PUBLISHED, new int[] { 200, 200, 200, 200, 200, 200, 200, 200, 200 }),
            Map.entry(Action.READ_REVISIONS, new int[] { 200, 200, 200, 200, 200, 200, 200, 200, 200 }));

    /** Restricted documents are read by members, staff and partners granted membership only. */
    private static final int[] READ_RESTRICTED = { 404, 404, 200, 200, 200, 200, 200, 200, 200 };

    enum Action {
        CREATE, EDIT_DRAFT, READ_DRAFT, SUBMIT, RETURN, READ_REMARKS, ADD_REMARK, APPROVE, PUBLISH, EDIT_PUBLISHED, ARCHIVE, READ_PUBLISHED, READ_REVISIONS
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : Action.values()) {
            for (String government : List.of("JP", "US")) {
                for (String visibility : List.of("public", "restricted")) {
                    for (int i = 0; i < ROLES.size(); i++) {
                        int expected = EXPECTED.get(action)[i];
                        if (visibility.equals("restricted")
                                && (action == Action.READ_PUBLISHED || action == Action.READ_REVISIONS)) {
                            expected = READ_RESTRICTED[i];
                        }
                        cases.add(Arguments.of(action, government, visibility, asSeenBy(ROLES.get(i), government), expected));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on a {2} {1} document as {3} -> {4}")
    @MethodSource("cases")
    void eachRoleGetsExactlyItsRights(Action action, String government, String visibility, String role, int expected) {
        perform(action, government, visibility, role).then().statusCode(expected)
                .contentType(expected >= 400 ? "application/problem+json" : "application/json");
    }

    private static Response perform(Action action, String government, String visibility, String role) {
        var request = Tokens.as(role).contentType("application/json");
        return switch (action) {
            case CREATE -> request.body(Documents.body(Documents.newSlug("matrix"), government, visibility, "Quorvex"))
                    .post("/api/v1/documents");
            case EDIT_DRAFT -> {
                String slug = Documents.at(Stage.DRAFT, government, visibility);
                yield request.body(Documents.body(slug, government, visibility, "Quorvex-edited"))
                        .put("/api/v1/documents/{slug}", slug);
            }
            case READ_DRAFT -> request.get("/api/v1/documents/{slug}/draft", Documents.at(Stage.DRAFT, government, visibility));
            case SUBMIT -> request.body("{\"changeNote\": \"Ready.\"}")
                    .post("/api/v1/documents/{slug}/submit", Documents.at(Stage.DRAFT, government, visibility));
            case RETURN -> request.body("{\"remark\": \"Please cite the source.\"}")
                    .post("/api/v1/documents/{slug}/return", Documents.at(Stage.IN_REVIEW, government, visibility));
            case READ_REMARKS -> request.get("/api/v1/documents/{slug}/remarks", Documents.at(Stage.IN_REVIEW, government, visibility));
            case ADD_REMARK -> request.body("{\"text\": \"Checked.\"}")
                    .post("/api/v1/documents/{slug}/remarks", Documents.at(Stage.IN_REVIEW, government, visibility));
            case APPROVE -> request.post("/api/v1/documents/{slug}/approve", Documents.at(Stage.IN_REVIEW, government, visibility));
            case PUBLISH -> request.post("/api/v1/documents/{slug}/publish", Documents.at(Stage.APPROVED, government, visibility));
            case EDIT_PUBLISHED -> {
                String slug = Documents.at(Stage.PUBLISHED, government, visibility);
                yield request.body(Documents.body(slug, government, visibility, "Quorvex-revised"))
                        .put("/api/v1/documents/{slug}", slug);
            }
            case ARCHIVE -> request.post("/api/v1/documents/{slug}/archive", Documents.at(Stage.PUBLISHED, government, visibility));
            case READ_PUBLISHED -> request.get("/api/v1/documents/{slug}", Documents.at(Stage.PUBLISHED, government, visibility));
            case READ_REVISIONS -> request.get("/api/v1/documents/{slug}/revisions",
                    Documents.at(Stage.PUBLISHED, government, visibility));
        };
    }

    /** The table is written for a Japanese document; for a U.S. one, METI and USTR staff swap. */
    private static String asSeenBy(String role, String government) {
        if (!government.equals("US")) {
            return role;
        }
        if (role.startsWith("meti-")) {
            return "ustr-" + role.substring(5);
        }
        if (role.startsWith("ustr-")) {
            return "meti-" + role.substring(5);
        }
        return role;
    }
}
