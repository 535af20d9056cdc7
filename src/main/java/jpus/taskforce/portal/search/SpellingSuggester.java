package jpus.taskforce.portal.search;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonObject;

import jpus.taskforce.portal.document.Document;

/**
 * "Did you mean": corrects English words that appear nowhere in the knowledge base to the closest
 * words that do ("forced labr" → "forced labor"), using the engine's term suggester on the
 * unstemmed English text. Japanese queries are not corrected: kuromoji splits them into words
 * whose misspellings rarely stay close in edit distance.
 */
@ApplicationScoped
public class SpellingSuggester {

    private static final int MAX_EDITS = 2;

    @Inject
    SearchSession session;

    /** A corrected query, or empty when every word is known or nothing close exists. */
    public Optional<String> suggest(String query) {
        JsonObject term = new JsonObject();
        term.addProperty("field", SearchFields.SPELL);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("min_word_length", 3);
        term.addProperty("max_edits", MAX_EDITS);
        term.addProperty("size", 1);
        JsonObject spell = new JsonObject();
        spell.addProperty("text", query);
        spell.add("term", term);
        JsonObject suggest = FacetAggregations.object("spell", spell);

        var result = session.search(Document.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .fetch(0);
        JsonObject body = result.responseBody();
        if (!body.has("suggest")) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(query);
        boolean changed = false;
        var entries = body.getAsJsonObject("suggest").getAsJsonArray("spell");
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
