package jpus.taskforce.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How text is cut into the sentences a reader sees. */
@Tag("unit")
class SentencesTest {

    @Test
    void englishSentencesEndAtAFullStopButNotAfterAnAbbreviation() {
        assertThat(Sentences.of("The U.S. Department of Labor keeps a list. It names 204 goods. See No. 5 below."))
                .containsExactly("The U.S. Department of Labor keeps a list.", "It names 204 goods.", "See No. 5 below.");
    }

    @Test
    void japaneseSentencesEndAtTheirOwnPunctuation() {
        assertThat(Sentences.of("強制労働は禁止されています。違反には罰則があります！対象は？"))
                .containsExactly("強制労働は禁止されています。", "違反には罰則があります！", "対象は？");
    }

    @Test
    void everyLineEndsASentenceAndListMarkersGo() {
        assertThat(Sentences.ofMarkdown("## Steps\n\n- Map the supply chain\n- Ask suppliers\n"))
                .containsExactly("Steps", "Map the supply chain", "Ask suppliers");
    }
}
