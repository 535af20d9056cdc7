package jpus.taskforce.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;

/** Cursors are opaque to partners, and only this portal's own are accepted. */
@Tag("unit")
class SearchCursorTest {

    @Test
    void aPositionAfterSortValuesComesBackAsItWent() {
        JsonArray values = new JsonArray();
        values.add(1700000000000L);
        values.add("us-uflpa");
        assertThat(SearchCursor.decode(SearchCursor.encode(new SearchCursor.After(values))))
                .contains(new SearchCursor.After(values));
    }

    @Test
    void anOffsetInTheRankingComesBackAsItWent() {
        assertThat(SearchCursor.decode(SearchCursor.encode(new SearchCursor.Offset(40)))).contains(new SearchCursor.Offset(40));
    }

    @Test
    void anOffsetBeyondTheCountedHitsIsNotACursor() {
        assertThat(SearchCursor.decode(SearchCursor.encode(new SearchCursor.Offset(DocumentSearch.COUNTED_HITS)))).isEmpty();
        assertThat(SearchCursor.decode("bzE6LTU")).isEmpty();
    }

    @Test
    void anythingElseIsNotACursor() {
        assertThat(SearchCursor.decode("bm90LWEtY3Vyc29y")).isEmpty();
        assertThat(SearchCursor.decode("%%%")).isEmpty();
    }
}
