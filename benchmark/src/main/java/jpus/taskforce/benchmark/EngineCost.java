package jpus.taskforce.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What each search costs the engine itself, apart from any client: the engine requests captured
 * behind the API's searches are sent again one at a time, and the engine's own {@code took} and
 * its CPU time are read. Sent as captured, and without some of their parts, so that the cost of
 * each part shows.
 */
final class EngineCost {

    /** One engine request of one search, as the portal sent it. */
    record Request(String method, String path, String body) {
    }

    /**
     * @param took per search: the sum of the engine's {@code took} over its requests (ms)
     * @param cpuMs engine CPU per search (ms), from /proc
     */
    record Result(String variant, int searches, double tookP50, double tookP95, double cpuMs) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", variant, searches, tookP50, tookP95, cpuMs);
        }
    }

    /** A way of sending the captured requests: as they are, or with a part taken out. */
    record Variant(String name, UnaryOperator<ObjectNode> change) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("As the portal sends it", body -> body),
            new Variant("Without highlighting", body -> without(body, "highlight")),
            new Variant("Highlighting the bodies only", body -> highlightingOnly(body, "body_")),
            new Variant("Highlighting titles and summaries only", body -> highlightingOnly(body, "title_", "summary_")),
            new Variant("Highlighting the English body only", body -> highlightingOnly(body, "body_en")),
            new Variant("Highlighting the Japanese body only", body -> highlightingOnly(body, "body_ja")),
            new Variant("Bodies: one passage each instead of three", body -> passageOption(body, "number_of_fragments", 1)),
            new Variant("Bodies: passages cut at words instead of sentences",
                    body -> passageOption(body, "boundary_scanner", "word")),
            new Variant("Without aggregations", body -> without(body, "aggregations", "aggs")),
            new Variant("Query only (no highlighting, aggregations or rescoring)",
                    body -> without(body, "highlight", "aggregations", "aggs", "rescore", "suggest")));

    /**
     * Warm-up passes stop once a pass costs within this share of the one before, but not before
     * {@link #MIN_WARM_UP_PASSES}: a freshly started engine keeps getting cheaper over several
     * passes, and two early ones can happen to agree (docs/benchmarks.md (3c)).
     */
    private static final double STEADY = 0.05;
    private static final int MIN_WARM_UP_PASSES = 4;
    private static final int MAX_WARM_UP_PASSES = 10;
    private static final Duration MERGES_SETTLE = Duration.ofMinutes(15);

    private EngineCost() {
    }

    /** How the engine was brought to the state it serves in for days: merges done, code compiled. */
    record Settling(double mergeWaitSeconds, int segments, List<Double> warmUpCpuMs) {

        String note() {
            return String.format(Locale.ROOT, "Before the engine-cost and load phases the engine finished its segment merges "
                    + "(%.0f s of waiting; the index searched has %d segment(s)) and was warmed up with the captured searches "
                    + "until a pass cost within %.0f%% of the one before, after %d passes at least: %d pass(es), engine CPU "
                    + "per search %s ms.", mergeWaitSeconds, segments, STEADY * 100, MIN_WARM_UP_PASSES, warmUpCpuMs.size(),
                    warmUpCpuMs.stream().map(c -> String.format(Locale.ROOT, "%.1f", c)).toList());
        }
    }

    /**
     * Waits for the merges that indexing leaves running, then sends the captured searches until their
     * cost stops falling. Measured straight after indexing, a search paid for the merges running
     * beside it and for code the JIT had not compiled yet, which a serving engine has long done.
     */
    static Settling settle(String engine, long enginePid, List<List<Request>> searches) {
        long start = System.nanoTime();
        long deadline = start + MERGES_SETTLE.toNanos();
        while (mergesRunning(engine) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        double mergeWait = (System.nanoTime() - start) / 1e9;
        Variant asSent = VARIANTS.get(0);
        List<Double> passes = new ArrayList<>();
        while (passes.size() < MAX_WARM_UP_PASSES) {
            double cpu0 = Benchmark.cpuMs(enginePid);
            send(engine, searches, asSent);
            passes.add((Benchmark.cpuMs(enginePid) - cpu0) / searches.size());
            int last = passes.size() - 1;
            if (passes.size() >= MIN_WARM_UP_PASSES
                    && Math.abs(passes.get(last) - passes.get(last - 1)) <= STEADY * passes.get(last - 1)) {
                break;
            }
        }
        return new Settling(mergeWait, segments(engine), passes);
    }

    private static int segments(String engine) {
        Http.Response r = Http.get(engine + "/_cat/segments/" + Benchmark.READ_ALIAS + "?format=json");
        if (!r.ok()) {
            throw new IllegalStateException("The engine did not list its segments: " + r.status());
        }
        return r.json().size();
    }

    private static long mergesRunning(String engine) {
        Http.Response r = Http.get(engine + "/_nodes/stats/indices/merge");
        if (!r.ok()) {
            throw new IllegalStateException("The engine did not report its merges: " + r.status());
        }
        long running = 0;
        for (JsonNode node : r.json().path("nodes")) {
            running += node.path("indices").path("merges").path("current").asLong();
        }
        return running;
    }

    /**
     * Sends every search's requests once per variant to warm the code each variant runs, then
     * {@code passes} rounds in which each variant sends them all in turn. The engine keeps getting
     * cheaper for a while, and variants measured one after the other would inherit that drift in
     * the order they ran; taken in turns, they share it. A variant's CPU is the median of its passes.
     */
    static List<Result> measure(String engine, long enginePid, List<List<Request>> searches, List<Variant> variants,
            int passes) {
        variants.forEach(variant -> send(engine, searches, variant));
        Map<Variant, List<Double>> took = new LinkedHashMap<>();
        Map<Variant, List<Double>> cpu = new LinkedHashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            for (Variant variant : variants) {
                double cpu0 = Benchmark.cpuMs(enginePid);
                took.computeIfAbsent(variant, v -> new ArrayList<>()).addAll(send(engine, searches, variant));
                cpu.computeIfAbsent(variant, v -> new ArrayList<>()).add((Benchmark.cpuMs(enginePid) - cpu0) / searches.size());
            }
        }
        return variants.stream().map(variant -> {
            List<Double> sorted = took.get(variant).stream().sorted().toList();
            List<Double> perPass = cpu.get(variant).stream().sorted().toList();
            return new Result(variant.name(), searches.size(), percentile(sorted, 50), percentile(sorted, 95),
                    percentile(perPass, 50));
        }).toList();
    }

    private static List<Double> send(String engine, List<List<Request>> searches, Variant variant) {
        List<Double> took = new ArrayList<>();
        for (List<Request> search : searches) {
            double sum = 0;
            for (Request request : search) {
                String body = request.body();
                if (!body.isEmpty()) {
                    ObjectNode json = (ObjectNode) read(body);
                    body = Http.JSON.valueToTree(variant.change().apply(json.deepCopy())).toString();
                }
                Http.Response r = request.method().equals("GET") && body.isEmpty()
                        ? Http.get(engine + request.path())
                        : Http.post(engine + request.path(), body);
                if (!r.ok()) {
                    throw new IllegalStateException("The engine refused a captured request (" + variant.name() + "): "
                            + r.status() + " " + r.body().substring(0, Math.min(300, r.body().length())));
                }
                sum += r.json().path("took").asDouble();
            }
            took.add(sum);
        }
        return took;
    }

    private static ObjectNode without(ObjectNode body, String... parts) {
        for (String part : parts) {
            body.remove(part);
        }
        return body;
    }

    /** The request with only the highlighted fields whose names start with one of {@code prefixes}. */
    private static ObjectNode highlightingOnly(ObjectNode body, String... prefixes) {
        JsonNode fields = body.path("highlight").path("fields");
        if (fields instanceof ObjectNode highlighted) {
            highlighted.retain(StreamSupport.stream(Spliterators.spliteratorUnknownSize(highlighted.fieldNames(), 0), false)
                    .filter(name -> Stream.of(prefixes).anyMatch(name::startsWith)).toList());
            if (highlighted.isEmpty()) {
                body.remove("highlight");
            }
        }
        return body;
    }

    /**
     * The request with one option of the passages' highlighter (bodies and attached files) changed:
     * whether the highlighter's own settings, rather than what it highlights, decide its cost.
     */
    private static ObjectNode passageOption(ObjectNode body, String option, Object value) {
        JsonNode fields = body.path("highlight").path("fields");
        fields.fields().forEachRemaining(field -> {
            if (field.getValue().has("fragment_size") && field.getValue() instanceof ObjectNode passages) {
                passages.set(option, Http.JSON.valueToTree(value));
            }
        });
        return body;
    }

    private static JsonNode read(String body) {
        try {
            return Http.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
