package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TextQueryTest {

    @Test
    void aGlossaryGroupCountsAsOneClause() {
        assertThat(TextQuery.topLevelClauses("((grievance + mechanism) | \"grievance mechanism\" | \"苦情処理メカニズム\")"))
                .isEqualTo(1);
    }

    @Test
    void wordsAndGroupsAreCountedAtTheTopLevel() {
        assertThat(TextQuery.topLevelClauses("how to (a | \"b c\") policy")).isEqualTo(4);
    }

    @Test
    void aHyphenInsideAWordIsNotAnOperator() {
        assertThat(TextQuery.usesSyntax("state-imposed forced labor")).isFalse();
        assertThat(TextQuery.usesSyntax("forced labor -cotton")).isTrue();
        assertThat(TextQuery.usesSyntax("\"debt bondage\"")).isTrue();
    }

    @Test
    void severalWordsOrAJapaneseRunAreAPhraseWorthRewarding() {
        assertThat(TextQuery.isPlainPhrase("grievance mechanism")).isTrue();
        assertThat(TextQuery.isPlainPhrase("強制労働")).isTrue();
        assertThat(TextQuery.isPlainPhrase("UFLPA")).isFalse();
    }
}
