package jpus.taskforce.portal.search;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.gson.JsonObject;

/**
 * "Did you mean": corrects English words that appear nowhere in the knowledge base to the closest
 * words that do ("forced labr" → "forced labor"), using the engine's term suggester on the
 * unstemmed English text. Japanese queries are not corrected: kuromoji splits them into words
 * whose misspellings rarely stay close in edit distance. The suggester travels in the search
 * request itself ({@link #suggestRequest}), so checking costs no request of its own.
 */
@ApplicationScoped
public class SpellingSuggester {

    private static final int MAX_EDITS = 2;
    private static final int MIN_WORD_LENGTH = 3;
    private static final String NAME = "spell";
    /** A Latin word long enough to correct. */
    private static final Pattern CORRECTABLE = Pattern.compile("\\p{IsLatin}{" + MIN_WORD_LENGTH + ",}");

    /** Whether the query has a word the suggester could correct. */
    public boolean applies(String query) {
        return CORRECTABLE.matcher(query).find();
    }

    /** The {@code suggest} section to add to a search request. */
    JsonObject suggestRequest(String query) {
        JsonObject term = new JsonObject();
        term.addProperty("field", SearchFields.SPELL);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("min_word_length", MIN_WORD_LENGTH);
        term.addProperty("max_edits", MAX_EDITS);
        term.addProperty("size", 1);
        JsonObject spell = new JsonObject();
        spell.addProperty("text", query);
        spell.add("term", term);
        return EngineJson.object(NAME, spell);
    }

    /** The corrected query from a search response, or empty when every word is known or nothing close exists. */
    Optional<String> suggestion(String query, JsonObject response) {
        if (!response.has("suggest")) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(query);
        boolean changed = false;
        var entries = response.getAsJsonObject("suggest").getAsJsonArray(NAME);
        // Replace from the end so earlier offsets stay valid.
        for (int i = entries.size() - 1; i >= 0; i--) {
            JsonObject entry = entries.get(i).getAsJsonObject();
            var options = entry.getAsJsonArray("options");
            if (options.isEmpty()) {
                continue;
            }
            int offset = entry.get("offset").getAsInt();
            int length = entry.get("length").getAsInt();
            if (offset + length <= corrected.length()) {
                corrected.replace(offset, offset + length, options.get(0).getAsJsonObject().get("text").getAsString());
                changed = true;
            }
        }
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
