package jpus.taskforce.portal.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jpus.taskforce.portal.operations.HealthReport.SearchEngine;
import jpus.taskforce.portal.operations.HealthReport.Status;
import jpus.taskforce.portal.search.IndexingMetrics;
import jpus.taskforce.portal.search.ZeroDowntimeReindex;

/**
 * The search engine as an operator needs to see it: which engine and version, the cluster's
 * health, the indexes behind the two aliases, and whether the index searches read holds as many
 * documents as the database (with the changes still waiting in the outbox to explain a gap).
 * A red cluster counts as down, as it does for readiness; yellow (replicas unassigned) does not.
 */
@ApplicationScoped
public class SearchEngineCheck {

    @Inject
    RestClient engine;

    @Inject
    IndexingMetrics indexing;

    SearchEngine check(Long databaseDocuments) {
        Long backlog = figure(indexing.backlog());
        try {
            JsonObject version = get("/").getAsJsonObject("version");
            String distribution = version.has("distribution") ? version.get("distribution").getAsString() : "elasticsearch";
            String health = get("/_cluster/health").get("status").getAsString();
            JsonObject aliases = get("/_alias/" + ZeroDowntimeReindex.READ_ALIAS + "," + ZeroDowntimeReindex.WRITE_ALIAS);
            long indexed = get("/" + ZeroDowntimeReindex.READ_ALIAS + "/_count").get("count").getAsLong();
            return new SearchEngine("red".equals(health) ? Status.DOWN : Status.UP, distribution,
                    version.get("number").getAsString(), health, behind(aliases, ZeroDowntimeReindex.READ_ALIAS),
                    behind(aliases, ZeroDowntimeReindex.WRITE_ALIAS), indexed, databaseDocuments, backlog, null);
        } catch (IOException | RuntimeException e) {
            return new SearchEngine(Status.DOWN, null, null, null, null, null, null, databaseDocuments, backlog,
                    HealthReport.describe(e));
        }
    }

    private JsonObject get(String path) throws IOException {
        var response = engine.performRequest(new Request("GET", path));
        return JsonParser.parseString(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The index an alias points at, from {@code GET /_alias/a,b}: {@code {"index": {"aliases": {"a": {}}}}}. */
    private static String behind(JsonObject aliases, String alias) {
        for (var index : aliases.entrySet()) {
            JsonElement names = index.getValue().getAsJsonObject().get("aliases");
            if (names != null && names.getAsJsonObject().has(alias)) {
                return index.getKey();
            }
        }
        return null;
    }

    /** The outbox gauge is NaN while the database cannot be read. */
    private static Long figure(double value) {
        return Double.isNaN(value) ? null : (long) value;
    }
}
