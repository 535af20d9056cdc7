package jpus.taskforce.portal.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jpus.taskforce.portal.attachment.RejectedAttachment.Reason;

/** The fixtures in src/test/resources/attachments are described in the README there. */
@Tag("unit")
class AttachmentInspectorTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final AttachmentInspector INSPECTOR = new AttachmentInspector();

    @Test
    void aPdfYieldsItsEnglishText() {
        InspectedAttachment pdf = INSPECTOR.inspect(fixture("english.pdf"), "english.pdf");
        assertThat(pdf.mediaType()).isEqualTo(PDF);
        assertThat(pdf.text()).contains("Human rights due diligence in supply chains");
    }

    @Test
    void aPdfYieldsItsJapaneseText() {
        InspectedAttachment pdf = INSPECTOR.inspect(fixture("japanese.pdf"), "japanese.pdf");
        assertThat(pdf.text()).contains("サプライチェーンにおける強制労働の防止");
    }

    @Test
    void anEnglishLineWrappedInsideAParagraphIsJoinedWithASpace() {
        String text = INSPECTOR.inspect(fixture("english.pdf"), "english.pdf").text();
        assertThat(text).contains("international labor standards and the prevention of forced labor");
    }

    @Test
    void aJapaneseLineWrappedInsideAParagraphIsJoinedWithoutASpace() {
        String text = INSPECTOR.inspect(fixture("japanese.pdf"), "japanese.pdf").text();
        assertThat(text).contains("人権デュー・ディリジェンスの取組を推進します。");
    }

    @Test
    void aDocxYieldsItsEnglishText() {
        InspectedAttachment docx = INSPECTOR.inspect(fixture("bilingual.docx"), "bilingual.docx");
        assertThat(docx.mediaType()).isEqualTo(DOCX);
        assertThat(docx.text()).contains("The task force promotes respect for international labor standards.");
    }

    @Test
    void aDocxYieldsItsJapaneseText() {
        String text = INSPECTOR.inspect(fixture("bilingual.docx"), "bilingual.docx").text();
        assertThat(text).contains("強制労働と児童労働の防止に関するガイドライン");
    }

    @Test
    void eachParagraphIsALine() {
        String text = INSPECTOR.inspect(fixture("bilingual.docx"), "bilingual.docx").text();
        assertThat(text.lines()).containsExactly(
                "Human rights due diligence in supply chains",
                "The task force promotes respect for international labor standards.",
                "日米タスクフォースは、サプライチェーンにおける人権尊重を推進します。",
                "強制労働と児童労働の防止に関するガイドライン");
    }

    @Test
    void aUtf8TextFileIsAcceptedWithoutItsByteOrderMark() {
        InspectedAttachment text = INSPECTOR.inspect(fixture("notes.txt"), "notes.txt");
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.text()).startsWith("Meeting notes\n");
    }

    @Test
    void runsOfSpacesTabsAndIdeographicSpacesBecomeOneSpace() {
        String text = INSPECTOR.inspect(fixture("notes.txt"), "notes.txt").text();
        assertThat(text).contains("reviewed supply chain guidance.", "タスクフォースは ガイドライン");
    }

    @Test
    void theTypeComesFromTheContentNotFromTheName() {
        InspectedAttachment pdf = INSPECTOR.inspect(fixture("english.pdf"), "minutes.docx");
        assertThat(pdf.mediaType()).isEqualTo(PDF);
        assertThat(pdf.fileName()).isEqualTo("minutes.pdf");
    }

    @Test
    void theDeclaredNameIsSanitised() {
        InspectedAttachment pdf = INSPECTOR.inspect(fixture("english.pdf"), "../../uploads/報告書.pdf");
        assertThat(pdf.fileName()).isEqualTo("報告書.pdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(rejection(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"executable.pdf", "gif-script-polyglot.pdf", "html-pdf-polyglot.pdf", "page.html",
            "image.png", "archive.zip", "legacy.doc"})
    void contentOfAnyOtherTypeIsRefusedWhateverItsName(String name) {
        assertThat(rejection(fixture(name)).reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        RejectedAttachment rejected = rejection("café au lait, 1 tasse\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rejected.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(rejected.getMessage()).contains("UTF-8");
    }

    @Test
    void textWithControlCharactersIsRefused() {
        byte[] escapeSequence = "Status: \u001B[31mfailed\u001B[0m\n".getBytes(StandardCharsets.UTF_8);
        assertThat(rejection(escapeSequence).reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void textWithANulCharacterIsRefused() {
        assertThat(rejection("Supply\0chain\n".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.pdf", "broken-xml.docx"})
    void aFileOfAnAcceptedTypeThatCannotBeReadIsMalformed(String name) {
        assertThat(rejection(fixture(name)).reason()).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password-protected.pdf", "password-protected.docx"})
    void aPasswordProtectedDocumentIsRefused(String name) {
        assertThat(rejection(fixture(name)).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript-open-action.pdf", "javascript-name-tree.pdf",
            "javascript-link-annotation.pdf", "launch-action.pdf"})
    void aPdfThatRunsScriptsOrProgramsIsRefused(String name) {
        assertThat(rejection(fixture(name)).reason()).isEqualTo(Reason.ACTIVE_CONTENT);
    }

    @Test
    void aZipBombIsRefused() {
        assertThat(rejection(fixture("zip-bomb.docx")).reason()).isEqualTo(Reason.TOO_COMPLEX);
    }

    @Test
    void extractionThatOutlastsTheTimeLimitIsRefused() {
        AttachmentInspector impatient = new AttachmentInspector(AttachmentInspector.MAX_TEXT_CHARS, Duration.ZERO);
        assertThatThrownBy(() -> impatient.inspect(fixture("english.pdf"), "english.pdf"))
                .isInstanceOfSatisfying(RejectedAttachment.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Reason.TOO_COMPLEX));
    }

    @Test
    void textBeyondTheLimitIsCutOffNotRefused() {
        AttachmentInspector brief = new AttachmentInspector(26, AttachmentInspector.TIME_LIMIT);
        String text = brief.inspect(fixture("bilingual.docx"), "bilingual.docx").text();
        assertThat(text).isEqualTo("Human rights due diligence");
    }

    @Test
    void aLongTextFileKeepsItsFirstMillionCharacters() {
        byte[] longText = "Forced labor. ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        String text = INSPECTOR.inspect(longText, "long.txt").text();
        assertThat(text).hasSizeBetween(AttachmentInspector.MAX_TEXT_CHARS - 14, AttachmentInspector.MAX_TEXT_CHARS)
                .startsWith("Forced labor. Forced labor.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"executable.pdf", "truncated.pdf", "broken-xml.docx", "password-protected.pdf",
            "javascript-open-action.pdf", "zip-bomb.docx"})
    void theMessageOfARefusalNamesNothingInternal(String name) {
        assertThat(rejection(fixture(name)).getMessage())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("org.", "java.", "pdfbox", "poi", "tika", "\tat ")
                .matches("[A-Z][^\\n]*\\.");
    }

    private static RejectedAttachment rejection(byte[] content) {
        RejectedAttachment rejected = catchThrowableOfType(RejectedAttachment.class,
                () -> INSPECTOR.inspect(content, "upload"));
        assertThat(rejected).as("the file is refused").isNotNull();
        return rejected;
    }

    static byte[] fixture(String name) {
        try (InputStream in = AttachmentInspectorTest.class.getResourceAsStream("/attachments/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
