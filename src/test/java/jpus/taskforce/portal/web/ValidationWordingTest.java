package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * Every reason a field can be refused for is worded on the forms in both languages from its code:
 * never the catch-all "check this field", and never the English sentence the API sends beside it.
 */
@QuarkusTest
class ValidationWordingTest {

    private static final Map<String, String> ARGS = Map.of("min", "1", "max", "100");

    @ParameterizedTest
    @EnumSource(Reason.class)
    void eachReasonHasItsOwnWordsInEnglishAndJapanese(Reason reason) {
        InvalidParameter problem = new InvalidParameter("field", reason, "an English sentence for developers", ARGS);
        String english = FieldErrors.text(problem, Language.EN);
        String japanese = FieldErrors.text(problem, Language.JA);

        assertThat(english).isNotEqualTo(catchAll(Language.EN)).doesNotContain("an English sentence");
        assertThat(japanese).isNotEqualTo(catchAll(Language.JA)).isNotEqualTo(english)
                .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = { "OUT_OF_RANGE", "TOO_LONG", "LENGTH" })
    void aReasonWithLimitsNamesThemInBothLanguages(Reason reason) {
        InvalidParameter problem = new InvalidParameter("field", reason, "", Map.of("min", "3", "max", "80"));

        assertThat(FieldErrors.text(problem, Language.EN)).contains("80");
        assertThat(FieldErrors.text(problem, Language.JA)).contains("80");
    }

    private static String catchAll(Language language) {
        return Labels.in(language).validation("no-such-rule");
    }
}
