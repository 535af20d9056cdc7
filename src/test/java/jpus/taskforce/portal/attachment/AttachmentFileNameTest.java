package jpus.taskforce.portal.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class AttachmentFileNameTest {

    @Test
    void aRelativePathKeepsOnlyItsLastSegment() {
        assertThat(AttachmentFileName.sanitise("../../etc/passwd", "txt")).isEqualTo("passwd.txt");
    }

    @Test
    void aWindowsPathKeepsOnlyTheFileName() {
        assertThat(AttachmentFileName.sanitise("C:\\Users\\x\\report.pdf", "pdf")).isEqualTo("report.pdf");
    }

    @Test
    void markupCannotSurviveInAName() {
        assertThat(AttachmentFileName.sanitise("<script>alert(1)</script>.pdf", "pdf")).isEqualTo("script.pdf");
    }

    @Test
    void charactersWindowsReservesAreDropped() {
        assertThat(AttachmentFileName.sanitise("a<b>c:d\"e|f?g*h.pdf", "pdf")).isEqualTo("abcdefgh.pdf");
    }

    @Test
    void aBidiOverrideCannotDisguiseTheRealExtension() {
        // Displayed as "invoiceexe.pdf" by a bidi-aware viewer.
        assertThat(AttachmentFileName.sanitise("invoice\u202Efdp.exe", "pdf")).isEqualTo("invoicefdp.pdf");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(AttachmentFileName.sanitise("re\u0000po\u0007rt\u001B.pdf", "pdf")).isEqualTo("report.pdf");
    }

    @Test
    void aLongNameIsCutTo120CharactersAndKeepsItsExtension() {
        String name = AttachmentFileName.sanitise("a".repeat(300) + ".pdf", "pdf");
        assertThat(name).hasSize(120).isEqualTo("a".repeat(116) + ".pdf");
    }

    @Test
    void aLongJapaneseNameIsCountedInCharacters() {
        String name = AttachmentFileName.sanitise("議事録".repeat(100) + ".docx", "docx");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(120);
        assertThat(name).startsWith("議事録").endsWith(".docx");
    }

    @Test
    void aJapaneseNameIsPreserved() {
        assertThat(AttachmentFileName.sanitise("報告書.pdf", "pdf")).isEqualTo("報告書.pdf");
    }

    @Test
    void aNameIsNormalisedToComposedCharacters() {
        String decomposed = "Re\u0301sume\u0301.pdf";
        assertThat(AttachmentFileName.sanitise(decomposed, "pdf")).isEqualTo("R\u00E9sum\u00E9.pdf");
    }

    @Test
    void aHiddenFileNameLosesItsLeadingDot() {
        assertThat(AttachmentFileName.sanitise(".hidden", "txt")).isEqualTo("hidden.txt");
    }

    @Test
    void trailingDotsAndSpacesAreRemoved() {
        assertThat(AttachmentFileName.sanitise("minutes. . ", "docx")).isEqualTo("minutes.docx");
    }

    @Test
    void whitespaceIsCollapsedToSingleSpaces() {
        assertThat(AttachmentFileName.sanitise("  annual \t report\u3000 2024 .pdf", "pdf"))
                .isEqualTo("annual report 2024.pdf");
    }

    @Test
    void theExtensionIsThatOfTheDetectedType() {
        assertThat(AttachmentFileName.sanitise("report.docx", "pdf")).isEqualTo("report.pdf");
    }

    @Test
    void anExtensionInAnotherCaseIsReplaced() {
        assertThat(AttachmentFileName.sanitise("REPORT.PDF", "pdf")).isEqualTo("REPORT.pdf");
    }

    @Test
    void aNameWithoutAnExtensionGetsOne() {
        assertThat(AttachmentFileName.sanitise("minutes of the 3rd meeting", "txt"))
                .isEqualTo("minutes of the 3rd meeting.txt");
    }

    @Test
    void aVersionNumberIsNotMistakenForAnExtension() {
        assertThat(AttachmentFileName.sanitise("guidance v1.2", "pdf")).isEqualTo("guidance v1.2.pdf");
    }

    @Test
    void aWindowsDeviceNameIsDefused() {
        assertThat(AttachmentFileName.sanitise("con.pdf", "pdf")).isEqualTo("_con.pdf");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"...", "folder/", "<>|", "\u202E\u200B", " . "})
    void nothingUsableBecomesAttachment(String declared) {
        assertThat(AttachmentFileName.sanitise(declared, "pdf")).isEqualTo("attachment.pdf");
    }

    @Test
    void anExtensionArgumentThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> AttachmentFileName.sanitise("report", ".pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
