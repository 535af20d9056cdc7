package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.search.ExpectedIndex;
import jpus.taskforce.portal.search.MappingRollout;
import jpus.taskforce.portal.search.ZeroDowntimeReindex;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * A release whose index differs from the one in service (here: an analyzer's stop words) rolls
 * out without a failed search: the portal serves the index it finds, and the start-up rebuilds
 * this version's index beside it, which then takes over.
 */
@QuarkusTest
class MappingRolloutTest {

    /** The stop word the earlier version's English analysis lacks. */
    private static final String ADDED_STOP_WORD = "about";

    @Inject
    ExpectedIndex expected;

    @Inject
    MappingRollout rollout;

    @Inject
    ZeroDowntimeReindex reindex;

    @Inject
    RestClient engine;

    @Inject
    Indexing indexing;

    @Test
    void anIndexBuiltForAnotherMappingIsRebuiltWhileSearchesKeepAnswering() throws Exception {
        indexing.awaitIndexed();
        replaceWithEarlierVersionsIndex();
        assertThat(expected.difference()).as("the earlier version's index differs from this version's").isNotNull();

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger searchesDuringRebuild = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                boolean rebuilding = reindex.status().running();
                var response = Tokens.as("anonymous").get("/api/v1/documents?q=forced labor");
                if (response.statusCode() != 200 || response.jsonPath().getInt("total") == 0) {
                    failures.add(response.statusCode() + " " + response.asString());
                } else if (rebuilding && reindex.status().running()) {
                    searchesDuringRebuild.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            rollout.rebuildIfOutOfStep();
            await().atMost(Duration.ofMinutes(3)).until(() -> !reindex.status().running());
        } finally {
            reading.set(false);
            reader.join();
        }

        assertThat(reindex.status().state()).isEqualTo(ZeroDowntimeReindex.State.DONE);
        assertThat(failures).as("searches that failed or found nothing during the rollout").isEmpty();
        assertThat(searchesDuringRebuild.get()).as("searches answered while the new index was built").isPositive();
        assertThat(expected.difference()).as("the index after the rollout").isNull();
        assertThat(stopWords(readJson("/" + ZeroDowntimeReindex.READ_ALIAS + "/_settings"))).contains(new JsonPrimitive(ADDED_STOP_WORD));
    }

    /**
     * Puts in service an index as the previous release would have built it: this version's
     * definition with one stop word fewer (and the fingerprint of that definition), holding the
     * same documents, behind both aliases.
     */
    private void replaceWithEarlierVersionsIndex() throws IOException {
        String current = readJson("/_alias/" + ZeroDowntimeReindex.READ_ALIAS).keySet().iterator().next();
        String earlier = "document-000900";
        JsonObject definition = expected.definition();
        JsonArray stopWords = stopWords(definition);
        stopWords.remove(new JsonPrimitive(ADDED_STOP_WORD));
        send("DELETE", "/" + earlier + "?ignore_unavailable=true", null);
        send("PUT", "/" + earlier, ExpectedIndex.withFingerprint(definition).toString());
        send("POST", "/_reindex?refresh=true", "{\"source\":{\"index\":\"" + current + "\"},\"dest\":{\"index\":\"" + earlier + "\"}}");
        send("POST", "/_aliases", "{\"actions\":["
                + "{\"add\":{\"index\":\"" + earlier + "\",\"alias\":\"" + ZeroDowntimeReindex.READ_ALIAS + "\"}},"
                + "{\"add\":{\"index\":\"" + earlier + "\",\"alias\":\"" + ZeroDowntimeReindex.WRITE_ALIAS + "\",\"is_write_index\":true}},"
                + "{\"remove_index\":{\"index\":\"" + current + "\"}}]}");
    }

    /** The English stop words of an index's settings, as exported or as the engine reports them. */
    private static JsonArray stopWords(JsonObject json) {
        JsonArray[] found = new JsonArray[1];
        find(json, found);
        assertThat(found[0]).as("the en_stop filter's stop words in %s", json).isNotNull();
        return found[0];
    }

    private static void find(JsonElement element, JsonArray[] found) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("en_stop") && object.getAsJsonObject("en_stop").has("stopwords")) {
                found[0] = object.getAsJsonObject("en_stop").getAsJsonArray("stopwords");
                return;
            }
            object.entrySet().forEach(e -> find(e.getValue(), found));
        }
    }

    private JsonObject readJson(String path) throws IOException {
        var response = engine.performRequest(new Request("GET", path));
        return JsonParser.parseString(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private void send(String method, String path, String json) throws IOException {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        engine.performRequest(request);
    }
}
