package jpus.taskforce.portal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;

/**
 * The index this version of the portal expects, and whether the live one is it.
 * <p>
 * The definition is Hibernate Search's own export of the settings (analysis) and mapping it
 * expects, plus what its mapping cannot say: the text fields that hits quote keep offsets in their
 * postings, so the highlighter reads where a word is instead of analysing the text again (a
 * Japanese body through kuromoji, for every hit of every search). Hibernate Search therefore does
 * not create or validate the index itself (schema management {@code none}): the portal creates it
 * from this definition and stamps it with the definition's fingerprint, which tells at start-up
 * whether the live index was built by this version or another one.
 */
@ApplicationScoped
public class ExpectedIndex {

    private static final Logger LOG = Logger.getLogger(ExpectedIndex.class);
    /** Where the fingerprint lives in the index: the mapping's own metadata. */
    static final String FINGERPRINT = "portal_definition";
    static final String FIRST_INDEX = "document-000001";

    @Inject
    SearchMapping mapping;

    @Inject
    RestClient engine;

    private volatile JsonObject definition;

    /** The body of a request that creates the index as this version expects it, without aliases. */
    public JsonObject definition() {
        JsonObject current = definition;
        if (current == null) {
            current = withFingerprint(exported());
            definition = current;
        }
        return current.deepCopy();
    }

    /** The fingerprint of a definition: its settings and mapping, whatever the order of their keys. */
    public static String fingerprintOf(JsonObject definition) {
        JsonObject unstamped = definition.deepCopy();
        unstamped.getAsJsonObject("mappings").remove("_meta");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(unstamped).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The definition stamped with its own fingerprint. */
    public static JsonObject withFingerprint(JsonObject definition) {
        JsonObject stamped = definition.deepCopy();
        JsonObject meta = new JsonObject();
        meta.addProperty(FINGERPRINT, fingerprintOf(stamped));
        stamped.getAsJsonObject("mappings").add("_meta", meta);
        return stamped;
    }

    /**
     * Why the index searches read differs from this version's, or null when it is this version's:
     * built from a definition with another fingerprint (or none, by a version before fingerprints).
     */
    public String difference() throws IOException {
        JsonObject mappings = read("/" + ZeroDowntimeReindex.READ_ALIAS + "/_mapping");
        String index = mappings.keySet().iterator().next();
        JsonObject meta = mappings.getAsJsonObject(index).getAsJsonObject("mappings").getAsJsonObject("_meta");
        String found = meta == null || !meta.has(FINGERPRINT) ? null : meta.get(FINGERPRINT).getAsString();
        String expected = definition().getAsJsonObject("mappings").getAsJsonObject("_meta").get(FINGERPRINT).getAsString();
        if (expected.equals(found)) {
            return null;
        }
        return index + " was built from definition " + (found == null ? "(unmarked)" : found) + "; this version's is " + expected;
    }

    /** Creates the first index with both aliases when searches have none to read: a new search cluster. */
    public void createIfMissing() throws IOException {
        // The client answers a HEAD request's 404 instead of throwing it.
        if (engine.performRequest(new Request("HEAD", "/_alias/" + ZeroDowntimeReindex.READ_ALIAS)).getStatusLine()
                .getStatusCode() == 200) {
            return;
        }
        JsonObject create = definition();
        JsonObject aliases = new JsonObject();
        aliases.add(ZeroDowntimeReindex.READ_ALIAS, new JsonObject());
        JsonObject write = new JsonObject();
        write.addProperty("is_write_index", true);
        aliases.add(ZeroDowntimeReindex.WRITE_ALIAS, write);
        create.add("aliases", aliases);
        Request request = new Request("PUT", "/" + FIRST_INDEX);
        request.setJsonEntity(create.toString());
        try {
            engine.performRequest(request);
            LOG.infof("Created the index %s from this version's definition", FIRST_INDEX);
        } catch (ResponseException e) {
            // Replicas starting together on a new cluster: one of them creates it.
            if (!EntityUtils.toString(e.getResponse().getEntity()).contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }

    private JsonObject exported() {
        List<JsonObject> bodies = new ArrayList<>();
        mapping.scope(Document.class).schemaManager().exportExpectedSchema((backend, index, export) -> bodies
                .addAll(export.extension(ElasticsearchExtension.get()).bodyParts()));
        if (bodies.size() != 1) {
            throw new IllegalStateException("Expected the definition of one index, got " + bodies.size());
        }
        JsonObject definition = bodies.get(0).deepCopy();
        definition.remove("aliases");
        JsonObject properties = definition.getAsJsonObject("mappings").getAsJsonObject("properties");
        for (Language language : Language.values()) {
            for (TextPart part : TextPart.values()) {
                withOffsets(properties.getAsJsonObject(SearchFields.text(part, language)));
            }
        }
        JsonObject attachments = properties.getAsJsonObject("attachments").getAsJsonObject("properties");
        attachments.entrySet().stream().filter(e -> e.getKey().startsWith("text_"))
                .forEach(e -> withOffsets(e.getValue().getAsJsonObject()));
        return definition;
    }

    private static void withOffsets(JsonObject field) {
        field.addProperty("index_options", "offsets");
        field.remove("term_vector");
    }

    private JsonObject read(String path) throws IOException {
        var response = engine.performRequest(new Request("GET", path));
        return JsonParser.parseString(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The same JSON with the keys of every object sorted, so that equal definitions print alike. */
    private static JsonElement canonical(JsonElement element) {
        if (element.isJsonObject()) {
            Map<String, JsonElement> sorted = new TreeMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            JsonObject object = new JsonObject();
            sorted.forEach(object::add);
            return object;
        }
        if (element.isJsonArray()) {
            JsonArray array = new JsonArray();
            element.getAsJsonArray().forEach(e -> array.add(canonical(e)));
            return array;
        }
        return element;
    }
}
