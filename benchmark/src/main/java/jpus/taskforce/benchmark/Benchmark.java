package jpus.taskforce.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Speed and scale of the portal measured side by side with the raw engine, in one run on one
 * machine (see docs/benchmarks.md). Started by {@code ./portal benchmark}, which builds everything,
 * starts a fresh search node and generates the corpus first.
 * <ol>
 * <li>Indexing: the portal loads the corpus (content load, outbox, Hibernate Search) until the
 * engine counts every document; then the same documents' {@code _source} is bulk-indexed raw into
 * an index with the portal index's own settings and mapping.</li>
 * <li>Capture: a portal started behind a recording proxy answers the query mix once, which gives
 * the exact engine request of each API and page query.</li>
 * <li>Load: wrk sends the fixed mix to the API, the search pages and (the captured requests) the
 * engine, at 1, 8 and 32 connections, after a warm-up, several runs each.</li>
 * <li>Memory: RSS and heap of the portal and the engine after the runs.</li>
 * </ol>
 */
public final class Benchmark {

    /** Requests per load file: the Zipf-ordered sequence each connection cycles through. */
    static final int SEQUENCE = 4000;
    /** The smoke run proves that every phase works, not the figures: it sends the first queries of the mix only. */
    static final int SMOKE_QUERIES = 60;
    /** Document reads per load file (pages and API), spread over the corpus. */
    static final int DOCUMENT_SAMPLE = 200;

    static final int[] CONCURRENCY = {1, 8, 32};
    static final String READ_ALIAS = "document-read";
    static final String RAW_INDEX = "bench-raw-bulk";
    static final String WARMUP_INDEX = "bench-warmup";

    // configuration
    int docs = 200;
    int duration = 20;
    int warmup = 10;
    int runs = 3;
    boolean smoke;
    boolean reuse;
    boolean jfr;
    /** The real knowledge base (content/) instead of a generated corpus: no indexing rounds. */
    boolean realContent;
    String engine = "http://127.0.0.1:9400";
    int proxyPort = 9401;
    long enginePid = -1;
    String engineHeap = "?";
    Path jar = Path.of("target/local-run/quarkus-run.jar");
    int portalPort = 8380;
    String portalHeap = "256m";
    String loadHeap;
    List<String> portalJavaOptions = new ArrayList<>();
    Path work = Path.of("build/bench");
    Path content;
    Path out;

    // results
    final Map<String, String> machine = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    Indexing contentLoad;
    final List<Indexing> massIndexing = new ArrayList<>();
    final List<Indexing> rawBulk = new ArrayList<>();
    String loadLine;
    Memory portalAfterIndexing;
    Memory portalAfterRun;
    Memory engineAfterRun;
    final Map<String, Map<Integer, List<WrkRun>>> results = new LinkedHashMap<>();
    final List<String> captureNotes = new ArrayList<>();
    final List<EngineCost.Result> engineCost = new ArrayList<>();
    /** Peak RSS of every portal process the run started, by what it did. */
    final Map<String, Long> portalPeaks = new LinkedHashMap<>();
    List<QueryMix.Query> mix;

    record Indexing(int documents, double seconds, double portalCpuMs, double engineCpuMs) {
        double rate() {
            return documents / seconds;
        }

        double cpuPerDocument() {
            return (portalCpuMs + engineCpuMs) / documents;
        }
    }

    record Memory(long rssKb, long hwmKb, long heapUsedKb, long heapCommittedKb, long heapMaxKb) {
    }

    record WrkRun(long requests, double seconds, long errors, long p50, long p95, long p99, double portalCpuMs,
            double engineCpuMs, double loadAverage) {
        double rate() {
            return requests / seconds;
        }

        /** CPU time the portal and the engine spent per request (ms): independent of the machine's other load. */
        double cpuPerRequest() {
            return requests == 0 ? Double.NaN : (portalCpuMs + engineCpuMs) / requests;
        }
    }

    /** CPU time (user + system) of a process so far, in ms; 0 if there is no such process. */
    static double cpuMs(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000.0 / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static final double CLOCK_TICKS = 100.0;

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    public static void main(String[] args) {
        Benchmark b = new Benchmark();
        b.parse(args);
        exitWith(b::run);
    }

    /** Exits with the tool's own code, or 2 when it failed before it could say. */
    static void exitWith(Callable<Integer> tool) {
        int code;
        try {
            code = tool.call();
        } catch (Exception e) {
            e.printStackTrace();
            code = 2;
        }
        System.exit(code);
    }

    /**
     * The embedded database of a run, under its working folder. DB_CLOSE_DELAY=-1: H2 would
     * otherwise close it whenever the pool's last connection goes idle, under a session the outbox
     * processor still holds (seen in a 100k-document load).
     */
    static String h2Url(Path work) {
        return "jdbc:h2:file:" + work.toAbsolutePath().resolve("db/portal") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1";
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--smoke" -> smoke = true;
                case "--reuse" -> reuse = true;
                case "--jfr" -> jfr = true;
                case "--real-content" -> realContent = true;
                case "--engine" -> engine = args[++i];
                case "--proxy-port" -> proxyPort = Integer.parseInt(args[++i]);
                case "--engine-pid" -> enginePid = Long.parseLong(args[++i]);
                case "--engine-heap" -> engineHeap = args[++i];
                case "--jar" -> jar = Path.of(args[++i]);
                case "--portal-port" -> portalPort = Integer.parseInt(args[++i]);
                case "--portal-heap" -> portalHeap = args[++i];
                case "--load-heap" -> loadHeap = args[++i];
                case "--portal-java-opts" -> portalJavaOptions.addAll(Arrays.stream(args[++i].trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList());
                case "--work" -> work = Path.of(args[++i]);
                case "--content" -> content = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String extra = System.getenv("BENCH_PORTAL_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            portalJavaOptions.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        if (content == null) {
            throw new IllegalArgumentException("--content DIR is required");
        }
        if (loadHeap == null) {
            loadHeap = portalHeap;
        }
    }

    int run() throws Exception {
        describeMachine();
        say("Benchmark of %d documents: %d s per run, %d runs per point, %d s warm-up%s", docs, duration, runs, warmup,
                smoke ? " (smoke)" : "");
        mix = QueryMix.distinct(content, 42);
        if (smoke) {
            List<QueryMix.Query> sample = mix.subList(0, SMOKE_QUERIES);
            Set<String> kinds = new TreeSet<>(mix.stream().map(QueryMix.Query::kind).toList());
            Set<String> sent = new TreeSet<>(sample.stream().map(QueryMix.Query::kind).toList());
            say("Smoke run: the first %d of the %d queries, of the kinds %s", sample.size(), mix.size(), sent);
            if (!sent.equals(kinds)) {
                problems.add("the smoke run's queries leave out kinds of the mix: " + sent + " of " + kinds);
            }
            mix = sample;
        }
        say("Query mix: %d distinct queries from the corpus's glossary, topics, titles and citations", mix.size());
        boolean loaded = reuse && engineCount(READ_ALIAS) == docs;
        if (loaded) {
            say("Reusing the index and database of an earlier run (%d documents): indexing not measured", docs);
        } else {
            warmUpEngine();
            measureIndexing();
        }
        List<Captured> captured = capture();
        measureEngineCost(captured);
        measureLoad(captured);
        String report = report();
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("result-" + docs + ".md"), report);
        if (out != null) {
            writeInto(out, report);
            say("Results written to %s", out);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[benchmark] PROBLEM: " + p));
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Machine
    // ---------------------------------------------------------------------------------------------

    void describeMachine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        long memKb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal")) {
                memKb = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        machine.put("Date", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        machine.put("CPU", cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        machine.put("Memory", String.format("%.1f GiB", memKb / 1048576.0));
        machine.put("Load average at start", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]
                + " (other work shares this machine; everything here runs at nice 10)");
        machine.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        JsonNode root = Http.get(engine + "/").json();
        machine.put("Engine", root.path("version").path("distribution").asText("elasticsearch") + " "
                + root.path("version").path("number").asText() + " (Lucene " + root.path("version").path("lucene_version").asText()
                + "), single node, heap " + engineHeap);
        machine.put("Portal", "packaged app (dev profile, H2 file database), heap -Xmx" + portalHeap
                + ", the container image's collector settings (" + String.join(" ", PortalProcess.IMAGE_GC_OPTIONS) + ")"
                + (loadHeap.equals(portalHeap) ? "" : " (-Xmx" + loadHeap + " for the content load)")
                + (portalJavaOptions.isEmpty() ? "" : ", " + String.join(" ", portalJavaOptions)));
        machine.put("Load generator", "wrk " + wrkVersion() + ", on the same machine");
    }

    static String wrkVersion() {
        try {
            Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("wrk (\\S+)").matcher(text);
            return m.find() ? m.group(1) : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Indexing
    // ---------------------------------------------------------------------------------------------

    /**
     * The engine's first bulk load after its start runs at about half speed (JIT). Analysing part
     * of the corpus with the same analyzers (English, kuromoji, CJK bigrams) in a scratch index
     * warms it up, so the portal's load is not measured against a cold engine.
     */
    void warmUpEngine() throws IOException {
        int count = Math.min(docs, smoke ? docs : 2000);
        say("Warming up the engine: bulk-indexing %d documents into a scratch index...", count);
        Http.delete(engine + "/" + WARMUP_INDEX);
        String mapping = """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"properties": {
                   "en": {"type": "text", "analyzer": "english"},
                   "ja": {"type": "text", "analyzer": "kuromoji"},
                   "ja_bigram": {"type": "text", "analyzer": "cjk"}}}}""";
        check(Http.put(engine + "/" + WARMUP_INDEX, mapping), "create the warm-up index");
        List<Path> folders;
        try (Stream<Path> list = Files.list(content.resolve("documents"))) {
            folders = list.sorted().limit(count).toList();
        }
        StringBuilder bulk = new StringBuilder();
        int n = 0;
        for (Path folder : folders) {
            ObjectNode doc = Http.JSON.createObjectNode();
            doc.put("en", Files.readString(folder.resolve("en.md")));
            if (Files.exists(folder.resolve("ja.md"))) {
                String ja = Files.readString(folder.resolve("ja.md"));
                doc.put("ja", ja);
                doc.put("ja_bigram", ja);
            }
            bulk.append("{\"index\":{}}\n").append(Http.JSON.writeValueAsString(doc)).append('\n');
            if (++n % 200 == 0 || n == folders.size()) {
                check(Http.postNdjson(engine + "/" + WARMUP_INDEX + "/_bulk", bulk.toString().getBytes(StandardCharsets.UTF_8)),
                        "warm-up bulk");
                bulk.setLength(0);
            }
        }
        Http.delete(engine + "/" + WARMUP_INDEX);
    }

    /**
     * Indexing in one portal process: first its content load (a first load: files read and
     * validated, database writes, one mass-indexing pass), then rounds in which the raw engine
     * bulk-indexes the documents' {@code _source} and the portal rebuilds its index from the
     * database (the admin reindex, a mass indexing), in alternating order so that neither always
     * meets the warmer engine.
     */
    void measureIndexing() throws Exception {
        say("Indexing through the portal: content load of %d documents, then %d round(s) of mass indexing and raw bulk...",
                docs, runs);
        String start = "Loading content from";
        String loadedText = "Content loaded:";
        try (PortalProcess portal = new PortalProcess(jar, portalPort, loadHeap,
                portalProperties(engine, true), portalJavaOptions, work.resolve("logs/portal-load.log"),
                List.of(start, loadedText))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30 + docs / 1000);
            while (portal.seenAt(start) == null) {
                if (!portal.alive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The portal never started loading content (see logs/portal-load.log)");
                }
                Thread.sleep(20);
            }
            long t0 = portal.seenAt(start);
            double portalCpu0 = cpuMs(portal.pid());
            double engineCpu0 = cpuMs(enginePid);
            long lastReport = System.nanoTime();
            long indexed;
            while ((indexed = engineCount(READ_ALIAS)) < docs) {
                if (!portal.alive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + indexed + " of " + docs + " documents were indexed");
                }
                if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                    say("  %d of %d documents indexed", Math.max(indexed, 0), docs);
                    lastReport = System.nanoTime();
                }
                Thread.sleep(100);
            }
            long t1 = System.nanoTime();
            contentLoad = new Indexing(docs, (t1 - t0) / 1e9, cpuMs(portal.pid()) - portalCpu0,
                    cpuMs(enginePid) - engineCpu0);
            // Ready means start-up, and with it the load and its log line, is over.
            portal.awaitReady(120);
            loadLine = portal.seenLine(loadedText);
            if (loadLine != null) {
                loadLine = loadLine.substring(loadLine.indexOf(loadedText));
                Matcher m = Pattern.compile("(\\d+) rejected").matcher(loadLine);
                if (m.find() && !m.group(1).equals("0")) {
                    problems.add("the content load rejected documents: " + loadLine);
                }
            }
            say("  content load: %d documents indexed in %.1f s: %.0f documents/s (%s)", docs, contentLoad.seconds(),
                    contentLoad.rate(), loadLine);

            // A few dozen documents index in well under a second: rounds would measure noise.
            RawBulk raw = realContent ? null : exportForRawBulk();
            for (int round = 1; raw != null && round <= runs; round++) {
                if (round % 2 == 1) {
                    rawBulk.add(bulkRound(raw, round));
                    massIndexing.add(reindexRound(portal, round));
                } else {
                    massIndexing.add(reindexRound(portal, round));
                    rawBulk.add(bulkRound(raw, round));
                }
            }
            if (raw != null) {
                Files.deleteIfExists(raw.lines());
            }
            portalAfterIndexing = memoryOf(portal.pid());
            portalPeaks.put("content load and reindexes", portalAfterIndexing.hwmKb());
        }
    }

    /** The bulk lines of every indexed document, and the definition of an index like the portal's. */
    record RawBulk(Path lines, int count, String indexDefinition) {
    }

    RawBulk exportForRawBulk() throws IOException {
        JsonNode index = Http.get(engine + "/" + READ_ALIAS).json();
        String name = index.fieldNames().next();
        JsonNode definition = index.get(name);
        ObjectNode settings = ((ObjectNode) definition.path("settings").path("index")).deepCopy();
        for (String key : List.of("creation_date", "uuid", "version", "provided_name")) {
            settings.remove(key);
        }
        ObjectNode create = Http.JSON.createObjectNode();
        create.set("settings", Http.JSON.createObjectNode().set("index", settings));
        create.set("mappings", definition.get("mappings"));

        Path exported = work.resolve("raw-bulk.ndjson");
        int exportedCount = 0;
        try (BufferedWriter w = Files.newBufferedWriter(exported)) {
            JsonNode page = check(Http.post(engine + "/" + READ_ALIAS + "/_search?scroll=2m",
                    "{\"size\": 500, \"sort\": [\"_doc\"]}"), "scroll").json();
            while (true) {
                JsonNode hits = page.path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    w.write("{\"index\":{\"_id\":" + Http.JSON.writeValueAsString(hit.get("_id").asText()) + "}}\n");
                    w.write(Http.JSON.writeValueAsString(hit.get("_source")));
                    w.write('\n');
                    exportedCount++;
                }
                String scrollId = page.get("_scroll_id").asText();
                page = check(Http.post(engine + "/_search/scroll", "{\"scroll\": \"2m\", \"scroll_id\": \""
                        + scrollId + "\"}"), "scroll").json();
            }
        }
        say("  %d documents exported for the raw bulk (%.0f MB of bulk lines)", exportedCount, Files.size(exported) / 1e6);
        return new RawBulk(exported, exportedCount, Http.JSON.writeValueAsString(create));
    }

    /**
     * Creates an index with the portal index's settings and mapping and bulk-indexes the exported
     * lines into it, in batches of at most 500 documents or 8 MB from two clients (the engine has
     * two cores), until {@code _count} has them all; the index is deleted afterwards.
     */
    Indexing bulkRound(RawBulk raw, int round) throws Exception {
        Http.delete(engine + "/" + RAW_INDEX);
        AtomicInteger errors = new AtomicInteger();
        double engineCpu0 = cpuMs(enginePid);
        long t0 = System.nanoTime();
        check(Http.put(engine + "/" + RAW_INDEX, raw.indexDefinition()), "create the raw index");
        try (BufferedReader reader = Files.newBufferedReader(raw.lines())) {
            Iterator<byte[]> batches = new Iterator<>() {
                byte[] next = read();

                private byte[] read() {
                    try {
                        StringBuilder sb = new StringBuilder();
                        int n = 0;
                        String action;
                        while (n < 500 && sb.length() < 8_000_000 && (action = reader.readLine()) != null) {
                            sb.append(action).append('\n').append(reader.readLine()).append('\n');
                            n++;
                        }
                        return n == 0 ? null : sb.toString().getBytes(StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public byte[] next() {
                    byte[] current = next;
                    next = read();
                    return current;
                }
            };
            Runnable worker = () -> {
                while (true) {
                    byte[] batch;
                    synchronized (batches) {
                        if (!batches.hasNext()) {
                            return;
                        }
                        batch = batches.next();
                    }
                    Http.Response r = Http.postNdjson(engine + "/" + RAW_INDEX + "/_bulk", batch);
                    if (!r.ok() || r.json().path("errors").asBoolean(true)) {
                        errors.incrementAndGet();
                    }
                }
            };
            Thread a = new Thread(worker);
            Thread b = new Thread(worker);
            a.start();
            b.start();
            a.join();
            b.join();
        }
        long count;
        while ((count = engineCount(RAW_INDEX)) < raw.count() && errors.get() == 0) {
            Thread.sleep(100);
        }
        long t1 = System.nanoTime();
        if (errors.get() > 0) {
            problems.add(errors.get() + " raw bulk requests failed");
        }
        Indexing result = new Indexing(raw.count(), (t1 - t0) / 1e9, 0, cpuMs(enginePid) - engineCpu0);
        say("  round %d, raw bulk: %d documents in %.1f s: %.0f documents/s, engine %.1f ms/document", round, count,
                result.seconds(), result.rate(), result.cpuPerDocument());
        Http.delete(engine + "/" + RAW_INDEX);
        return result;
    }

    /**
     * The portal's mass indexing: the admin reindex (POST /api/v1/admin/reindex) builds a new index
     * from the database and switches searches to it; timed until its status says done, by which
     * time the new index is refreshed and searched.
     */
    Indexing reindexRound(PortalProcess portal, int round) throws Exception {
        String url = portal.base() + "/api/v1/admin/reindex";
        double portalCpu0 = cpuMs(portal.pid());
        double engineCpu0 = cpuMs(enginePid);
        long t0 = System.nanoTime();
        Http.Response started = Http.send(asAdmin(url).POST(HttpRequest.BodyPublishers.noBody()));
        if (started.status() != 202) {
            throw new IllegalStateException("The reindex did not start: " + started.status() + " " + started.body());
        }
        JsonNode status;
        do {
            Thread.sleep(100);
            status = check(Http.send(asAdmin(url).GET()), "read the reindex's status").json();
        } while ("running".equals(status.path("state").asText()));
        long t1 = System.nanoTime();
        long indexed = status.path("documentsIndexed").asLong();
        if (!"done".equals(status.path("state").asText()) || indexed != docs || engineCount(READ_ALIAS) != docs) {
            problems.add("reindex round " + round + " ended " + status);
        }
        Indexing result = new Indexing(docs, (t1 - t0) / 1e9, cpuMs(portal.pid()) - portalCpu0,
                cpuMs(enginePid) - engineCpu0);
        say("  round %d, portal mass indexing: %d documents in %.1f s: %.0f documents/s, portal %.1f + engine %.1f ms/document",
                round, indexed, result.seconds(), result.rate(), result.portalCpuMs() / docs, result.engineCpuMs() / docs);
        return result;
    }

    /** A request as the local run's demo admin (HTTP Basic; the dev profile's built-in accounts). */
    static HttpRequest.Builder asAdmin(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    long engineCount(String index) {
        Http.Response r = Http.get(engine + "/" + index + "/_count");
        return r.ok() ? r.json().path("count").asLong() : -1;
    }

    List<String> portalProperties(String engineHosts, boolean loadContent) {
        String hosts = engineHosts.replaceFirst("^https?://", "");
        List<String> p = new ArrayList<>(List.of(
                "-Dportal.content.directory=" + content,
                "-Dportal.content.load-on-start=" + loadContent,
                "-Dquarkus.datasource.jdbc.url=" + h2Url(work),
                "-Dportal.rate-limit.anonymous-per-minute=0",
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + hosts));
        return p;
    }

    // ---------------------------------------------------------------------------------------------
    // Capture of the engine requests behind each query
    // ---------------------------------------------------------------------------------------------

    /** The engine requests behind one query sent to one target (api or page). */
    record Captured(QueryMix.Query query, String target, String path, List<EngineCost.Request> requests, long total) {
    }

    List<Captured> capture() throws Exception {
        say("Capturing the engine requests behind each query (a portal behind a recording proxy)...");
        List<Captured> captured = new ArrayList<>();
        int empty = 0;
        try (CapturingProxy proxy = new CapturingProxy(proxyPort, engine);
                PortalProcess portal = new PortalProcess(jar, portalPort, portalHeap,
                        portalProperties("127.0.0.1:" + proxyPort, false), portalJavaOptions,
                        work.resolve("logs/portal-capture.log"), List.of())) {
            portal.awaitReady(300);
            for (QueryMix.Query query : mix) {
                for (String target : List.of("api", "page")) {
                    String path = target.equals("api") ? query.apiPath() : query.pagePath();
                    proxy.drain();
                    Http.Response r = Http.get(portal.base() + path);
                    List<EngineCost.Request> requests = proxy.drain().stream()
                            .filter(c -> c.pathAndQuery().contains("/_search") || c.pathAndQuery().contains("/_msearch"))
                            .map(c -> new EngineCost.Request(c.method(), c.pathAndQuery(), c.body())).toList();
                    long total = -1;
                    if (!r.ok()) {
                        problems.add(target + " " + path + " answered " + r.status());
                    } else if (target.equals("api")) {
                        total = r.json().path("total").asLong();
                        if (total == 0 && !query.expectsNoHits()) {
                            empty++;
                        }
                    }
                    if (requests.isEmpty()) {
                        problems.add(target + " " + path + " sent no search request to the engine");
                        continue;
                    }
                    captured.add(new Captured(query, target, path, requests, total));
                }
            }
            portalPeaks.put("capture", memoryOf(portal.pid()).hwmKb());
        }
        long noHitByDesign = mix.stream().filter(QueryMix.Query::expectsNoHits).count();
        captureNotes.add(String.format(Locale.ROOT, "%d of the %d distinct queries found nothing: %d meant to (nonsense words), "
                + "%d drawn from the vocabulary that no document of this corpus matches.", noHitByDesign + empty, mix.size(),
                noHitByDesign, empty));
        if (empty > mix.size() / 2) {
            problems.add(empty + " of " + mix.size() + " queries found nothing: the mix would not measure real searches");
        }
        ArrayNode json = Http.JSON.createArrayNode();
        for (Captured c : captured) {
            ObjectNode o = json.addObject();
            o.put("target", c.target());
            o.put("path", c.path());
            o.put("totalHits", c.total());
            ArrayNode requests = o.putArray("engineRequests");
            for (EngineCost.Request request : c.requests()) {
                ObjectNode req = requests.addObject();
                req.put("method", request.method());
                req.put("path", request.path());
                req.set("body", request.body().isEmpty() ? null : Http.JSON.readTree(request.body()));
            }
        }
        Files.writeString(work.resolve("captured-requests.json"), Http.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(json));
        long multi = captured.stream().filter(c -> c.target().equals("api") && c.requests().size() > 1).count();
        if (multi > 0) {
            captureNotes.add(multi + " API queries send more than one engine request (a spelling correction); the direct "
                    + "replay sends all of them as one search");
        }
        say("  %d searches captured (%s)", captured.size(), work.resolve("captured-requests.json"));
        return captured;
    }

    /** Engine time and CPU per search, replayed one at a time: as sent, and without each costly part. */
    void measureEngineCost(List<Captured> captured) {
        List<List<EngineCost.Request>> searches = captured.stream().filter(c -> c.target().equals("api"))
                .map(Captured::requests).toList();
        int passes = docs >= 50_000 ? 1 : smoke ? 1 : 3;
        if (!smoke) {
            say("Letting the engine settle: its merges finished, then warm-up passes until a pass costs as much as the last...");
            EngineCost.Settling settling = EngineCost.settle(engine, enginePid, searches);
            captureNotes.add(settling.note());
            say("  %s", settling.note());
        }
        say("Engine cost: %d API searches replayed one at a time, a warm-up pass per variant, then %d round(s) of a pass per variant...",
                searches.size(), passes);
        for (EngineCost.Result result : EngineCost.measure(engine, enginePid, searches, EngineCost.VARIANTS, passes)) {
            engineCost.add(result);
            say("  %s: took p50 %.1f ms, p95 %.1f ms, engine CPU %.1f ms/search", result.variant(), result.tookP50(),
                    result.tookP95(), result.cpuMs());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Load
    // ---------------------------------------------------------------------------------------------

    void measureLoad(List<Captured> captured) throws Exception {
        Path script = work.resolve("mix.lua");
        try (InputStream in = Benchmark.class.getResourceAsStream("/mix.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path apiFile = work.resolve("requests-api.tsv");
        Path pageFile = work.resolve("requests-page.tsv");
        Path engineFile = work.resolve("requests-engine.tsv");
        Path documentFile = work.resolve("requests-document.tsv");
        Map<QueryMix.Query, List<EngineCost.Request>> engineRequests = new LinkedHashMap<>();
        captured.stream().filter(c -> c.target().equals("api")).forEach(c -> engineRequests.put(c.query(), c.requests()));
        StringBuilder api = new StringBuilder();
        StringBuilder page = new StringBuilder();
        StringBuilder direct = new StringBuilder();
        for (QueryMix.Query q : QueryMix.zipfOrder(mix, SEQUENCE, 7)) {
            api.append("GET\t").append(q.apiPath()).append("\t\n");
            page.append("GET\t").append(q.pagePath()).append("\t\n");
            for (EngineCost.Request r : engineRequests.getOrDefault(q, List.of())) {
                String body = r.body().isEmpty() ? "" : Http.JSON.writeValueAsString(Http.JSON.readTree(r.body()));
                direct.append(r.method()).append('\t').append(r.path()).append('\t').append(body).append('\n');
            }
        }
        StringBuilder documents = new StringBuilder();
        for (String slug : publicSlugs(DOCUMENT_SAMPLE)) {
            documents.append("GET\t/en/documents/").append(slug).append("\t\n");
            documents.append("GET\t/ja/documents/").append(slug).append("\t\n");
        }
        Files.writeString(apiFile, api);
        Files.writeString(pageFile, page);
        Files.writeString(engineFile, direct);
        Files.writeString(documentFile, documents);

        List<String> options = new ArrayList<>(portalJavaOptions);
        if (jfr) {
            Path recording = work.resolve("portal-" + docs + ".jfr").toAbsolutePath();
            options.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
            notes.add("Recorded with JFR (" + recording.getFileName() + "): latencies include its overhead.");
        }
        say("Load: API, search page and direct engine at %s connections...", Arrays.toString(CONCURRENCY));
        try (PortalProcess portal = new PortalProcess(jar, portalPort, portalHeap, portalProperties(engine, false),
                options, work.resolve("logs/portal-run.log"), List.of())) {
            portal.awaitReady(300);
            Map<String, String[]> targets = new LinkedHashMap<>();
            targets.put("engine", new String[] {engine, engineFile.toString()});
            targets.put("api", new String[] {portal.base(), apiFile.toString()});
            targets.put("page", new String[] {portal.base(), pageFile.toString()});
            targets.put("document", new String[] {portal.base(), documentFile.toString()});
            for (var t : targets.entrySet()) {
                say("  warm-up %s: %d s at 8 connections", t.getKey(), warmup);
                wrk(t.getValue()[0], t.getValue()[1], script, 8, warmup, -1);
                results.put(t.getKey(), new LinkedHashMap<>());
            }
            for (int c : CONCURRENCY) {
                for (int r = 1; r <= runs; r++) {
                    // Interleaved, so that a change in the machine's other load affects all three alike.
                    for (var t : targets.entrySet()) {
                        // The portal's CPU counts for the portal's targets only (idle while the engine is queried).
                        WrkRun run = wrk(t.getValue()[0], t.getValue()[1], script, c, duration,
                                t.getKey().equals("engine") ? -1 : portal.pid());
                        results.get(t.getKey()).computeIfAbsent(c, k -> new ArrayList<>()).add(run);
                        say("  %-6s c=%-2d run %d: %6.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d  CPU %.1f ms/req  load %.1f",
                                t.getKey(), c, r, run.rate(), run.p50() / 1000.0, run.p95() / 1000.0, run.p99() / 1000.0,
                                run.errors(), run.cpuPerRequest(), run.loadAverage());
                        if (run.errors() > 0) {
                            problems.add(run.errors() + " errors: " + t.getKey() + " at " + c + " connections");
                        }
                    }
                }
            }
            for (var t : results.entrySet()) {
                if (t.getValue().values().stream().flatMap(List::stream).mapToLong(WrkRun::requests).sum() == 0) {
                    problems.add("no " + t.getKey() + " request completed");
                }
            }
            portalAfterRun = memoryOf(portal.pid());
            portalPeaks.put("load runs", portalAfterRun.hwmKb());
            engineAfterRun = engineMemory();
        }
    }

    /** Up to {@code limit} slugs of public documents of the corpus, spread over it. */
    List<String> publicSlugs(int limit) throws IOException {
        List<String> slugs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(content.resolve("documents"))) {
            for (Path folder : folders.sorted().toList()) {
                if (!Files.readString(folder.resolve("meta.yaml")).contains("visibility: restricted")) {
                    slugs.add(folder.getFileName().toString());
                }
            }
        }
        int step = Math.max(1, slugs.size() / limit);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < slugs.size() && sample.size() < limit; i += step) {
            sample.add(slugs.get(i));
        }
        return sample;
    }

    WrkRun wrk(String base, String requests, Path script, int connections, int seconds, long portalPid) throws Exception {
        double load = loadAverage();
        double portalBefore = cpuMs(portalPid);
        double engineBefore = cpuMs(enginePid);
        int threads = Math.min(connections, 2);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
                "-s", script.toString(), base, "--", requests);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double portalCpu = cpuMs(portalPid) - portalBefore;
        double engineCpu = cpuMs(enginePid) - engineBefore;
        for (String line : output.split("\n")) {
            if (line.startsWith("BENCH ")) {
                JsonNode j = Http.JSON.readTree(line.substring(6));
                long errors = j.get("connect").asLong() + j.get("read").asLong() + j.get("write").asLong()
                        + j.get("status").asLong() + j.get("timeout").asLong();
                return new WrkRun(j.get("requests").asLong(), j.get("duration_us").asLong() / 1e6, errors,
                        j.get("p50").asLong(), j.get("p95").asLong(), j.get("p99").asLong(), portalCpu, engineCpu, load);
            }
        }
        throw new IllegalStateException("wrk printed no result: " + output);
    }

    // ---------------------------------------------------------------------------------------------
    // Memory
    // ---------------------------------------------------------------------------------------------

    static Memory memoryOf(long pid) throws IOException, InterruptedException {
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        long used = -1;
        long committed = -1;
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        // One line for G1's heap, one per generation for the parallel and serial collectors.
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
        while (m.find()) {
            committed = Math.max(committed, 0) + Long.parseLong(m.group(1));
            used = Math.max(used, 0) + Long.parseLong(m.group(2));
        }
        return new Memory(rss, hwm, used, committed, -1);
    }

    Memory engineMemory() throws IOException, InterruptedException {
        JsonNode nodes = Http.get(engine + "/_nodes/stats/jvm").json().path("nodes");
        JsonNode mem = nodes.elements().next().path("jvm").path("mem");
        long rss = -1;
        long hwm = -1;
        if (enginePid > 0 && Files.exists(Path.of("/proc/" + enginePid + "/status"))) {
            Memory m = memoryOf(enginePid);
            rss = m.rssKb();
            hwm = m.hwmKb();
        }
        return new Memory(rss, hwm, mem.path("heap_used_in_bytes").asLong() / 1024,
                mem.path("heap_committed_in_bytes").asLong() / 1024, mem.path("heap_max_in_bytes").asLong() / 1024);
    }

    // ---------------------------------------------------------------------------------------------
    // Report
    // ---------------------------------------------------------------------------------------------

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double medianD(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median (min–max)" of a latency, in ms. */
    static List<WrkRun> completed(List<WrkRun> runs) {
        List<WrkRun> done = runs.stream().filter(r -> r.requests() > 0).toList();
        return done.isEmpty() ? runs : done;
    }

    static String ms(List<WrkRun> all, java.util.function.ToLongFunction<WrkRun> f) {
        return medianRange(completed(all).stream().map(r -> f.applyAsLong(r) / 1000.0).toList(), "%.1f");
    }

    static String rate(List<WrkRun> all) {
        return medianRange(completed(all).stream().map(WrkRun::rate).toList(), "%.1f");
    }

    /** "median (min–max)" of the runs' values; the median alone for a single run. */
    static String medianRange(List<Double> v, String format) {
        String med = String.format(Locale.ROOT, format, medianD(v));
        if (v.size() < 2) {
            return med;
        }
        return String.format(Locale.ROOT, "%s (" + format + "–" + format + ")", med, v.stream().min(Comparator.naturalOrder()).get(),
                v.stream().max(Comparator.naturalOrder()).get());
    }

    double ratio(String target, int c, java.util.function.ToLongFunction<WrkRun> f) {
        long a = median(completed(results.get(target).get(c)).stream().map(f::applyAsLong).toList());
        long e = median(completed(results.get("engine").get(c)).stream().map(f::applyAsLong).toList());
        return e == 0 ? Double.NaN : (double) a / e;
    }

    double indexingRatio() {
        return medianD(massIndexing.stream().map(Indexing::rate).toList()) / medianD(rawBulk.stream().map(Indexing::rate).toList());
    }

    /** "median (min–max)" over indexing rounds, one decimal below 100, none above. */
    static String spread(List<Indexing> rounds, java.util.function.ToDoubleFunction<Indexing> f) {
        List<Double> v = rounds.stream().map(f::applyAsDouble).toList();
        return medianRange(v, medianD(v) < 100 ? "%.1f" : "%.0f");
    }

    private String contentLoadRow() {
        return String.format(Locale.ROOT, "| Content load of a fresh portal: files read, validated and written to the database, then one mass-indexing pass (first load, once) | %d | %.1f | %.0f | %.1f + %.1f |%n",
                contentLoad.documents(), contentLoad.seconds(), contentLoad.rate(),
                contentLoad.portalCpuMs() / docs, contentLoad.engineCpuMs() / docs);
    }

    static String mb(long kb) {
        return kb < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    String report() {
        StringBuilder r = new StringBuilder();
        String label = label(docs);
        r.append("### ").append(realContent ? "The knowledge base as shipped (" + docs + " documents in content/)"
                : label + " documents").append(smoke ? " (smoke run)" : "").append("\n\n");
        machine.forEach((k, v) -> r.append("- ").append(k).append(": ").append(v).append('\n'));
        r.append("- Runs: ").append(runs).append(" × ").append(duration).append(" s per point after a ").append(warmup)
                .append(" s warm-up per target; figures are the median of the runs with (min–max)\n\n");

        r.append("#### Indexing\n\n");
        if (contentLoad == null) {
            r.append("Not measured (reused an earlier run's index).\n\n");
        } else if (massIndexing.isEmpty()) {
            // The knowledge base indexes in well under a second: only the first load is worth reporting.
            r.append("| Path | Documents | Time (s) | Documents/s | CPU ms/document (portal + engine) |\n|---|---:|---:|---:|---:|\n");
            r.append(contentLoadRow());
            r.append(String.format(Locale.ROOT, "%nThe content load's own log line: `%s`.%n%n", loadLine));
        } else {
            r.append("| Path | Documents | Time (s) | Documents/s | CPU ms/document (portal + engine) |\n|---|---:|---:|---:|---:|\n");
            r.append(String.format(Locale.ROOT, "| Portal mass indexing: admin reindex from the database into a new index, until searches read it (%d rounds) | %d | %s | %s | %s |%n",
                    massIndexing.size(), docs, spread(massIndexing, Indexing::seconds), spread(massIndexing, Indexing::rate),
                    String.format(Locale.ROOT, "%.1f + %.1f", medianD(massIndexing.stream().map(i -> i.portalCpuMs() / docs).toList()),
                            medianD(massIndexing.stream().map(i -> i.engineCpuMs() / docs).toList()))));
            r.append(String.format(Locale.ROOT, "| Raw engine `_bulk`: same `_source`, settings and mapping, ≤500 docs/batch, 2 clients, until `_count` = %d (%d rounds) | %d | %s | %s | %.1f |%n",
                    docs, rawBulk.size(), rawBulk.get(0).documents(), spread(rawBulk, Indexing::seconds), spread(rawBulk, Indexing::rate),
                    medianD(rawBulk.stream().map(Indexing::cpuPerDocument).toList())));
            r.append(contentLoadRow());
            r.append(String.format(Locale.ROOT, "%nMass indexing / raw bulk throughput (medians): **%.2f×**; content load / raw bulk: %.2f×. The content load's own log line: `%s`.%n%n",
                    indexingRatio(), contentLoad.rate() / medianD(rawBulk.stream().map(Indexing::rate).toList()), loadLine));
        }

        r.append("#### Search latency (ms) and throughput\n\n");
        r.append("| Target | Clients | p50 | p95 | p99 | req/s | Errors | CPU ms/req | Load avg |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String target : List.of("engine", "api", "page", "document")) {
            for (int c : CONCURRENCY) {
                List<WrkRun> runs = results.get(target).get(c);
                r.append("| ").append(switch (target) {
                    case "engine" -> "Engine direct";
                    case "api" -> "API `/api/v1/documents`";
                    case "page" -> "Search page `/{lang}/search`";
                    default -> "Document page `/{lang}/documents/{slug}`";
                }).append(" | ").append(c).append(" | ").append(ms(runs, WrkRun::p50)).append(" | ")
                        .append(ms(runs, WrkRun::p95)).append(" | ").append(ms(runs, WrkRun::p99)).append(" | ")
                        .append(rate(runs)).append(" | ").append(runs.stream().mapToLong(WrkRun::errors).sum())
                        .append(String.format(Locale.ROOT, " | %.1f | %.1f |%n", medianD(completed(runs).stream().map(WrkRun::cpuPerRequest).toList()),
                                runs.stream().mapToDouble(WrkRun::loadAverage).average().orElse(Double.NaN)));
            }
        }
        r.append("\nRatio to the engine's direct query (medians):\n\n");
        r.append("| Target | Clients | p50 | p95 | p99 | req/s | CPU/req |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String target : List.of("api", "page")) {
            for (int c : CONCURRENCY) {
                // Runs in which no request completed (every answer slower than the run) are left out.
                double rateRatio = medianD(completed(results.get(target).get(c)).stream().map(WrkRun::rate).toList())
                        / medianD(completed(results.get("engine").get(c)).stream().map(WrkRun::rate).toList());
                double cpuRatio = medianD(completed(results.get(target).get(c)).stream().map(WrkRun::cpuPerRequest).toList())
                        / medianD(completed(results.get("engine").get(c)).stream().map(WrkRun::cpuPerRequest).toList());
                r.append(String.format(Locale.ROOT, "| %s | %d | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× |%n",
                        target.equals("api") ? "API" : "Search page", c, ratio(target, c, WrkRun::p50),
                        ratio(target, c, WrkRun::p95), ratio(target, c, WrkRun::p99), rateRatio, cpuRatio));
            }
        }

        if (!engineCost.isEmpty()) {
            r.append("\n#### Engine cost per search\n\nThe engine requests behind each API search of the mix (")
                    .append(engineCost.get(0).searches()).append(" distinct queries), sent again one at a time once the engine had settled (see the notes): a warm-up pass of each variant, then rounds of one pass per variant in turn, so that the engine's drift is shared; CPU is the median of a variant's passes; ")
                    .append("`took` is the engine's own time for a search, CPU the engine process's CPU time per search.\n\n")
                    .append("| Variant of the captured requests | Searches | took p50 (ms) | took p95 (ms) | Engine CPU ms/search |\n")
                    .append("|---|---:|---:|---:|---:|\n");
            engineCost.forEach(c -> r.append(c.row()).append('\n'));
        }

        r.append("\n#### Memory\n\n| Process | RSS | Peak RSS | Heap used | Heap committed |\n|---|---:|---:|---:|---:|\n");
        if (portalAfterIndexing != null) {
            r.append(String.format("| Portal after the content load and the reindexes (-Xmx%s) | %s | %s | %s | %s |%n", loadHeap,
                    mb(portalAfterIndexing.rssKb()), mb(portalAfterIndexing.hwmKb()), mb(portalAfterIndexing.heapUsedKb()),
                    mb(portalAfterIndexing.heapCommittedKb())));
        }
        r.append(String.format("| Portal after the load runs (-Xmx%s) | %s | %s | %s | %s |%n", portalHeap,
                mb(portalAfterRun.rssKb()), mb(portalAfterRun.hwmKb()), mb(portalAfterRun.heapUsedKb()),
                mb(portalAfterRun.heapCommittedKb())));
        r.append(String.format("| Engine after the load runs (max heap %s) | %s | %s | %s | %s |%n",
                mb(engineAfterRun.heapMaxKb()), mb(engineAfterRun.rssKb()), mb(engineAfterRun.hwmKb()),
                mb(engineAfterRun.heapUsedKb()), mb(engineAfterRun.heapCommittedKb())));

        r.append("\n#### Targets\n\n| Target | Measured | |\n|---|---|---|\n");
        for (int c : CONCURRENCY) {
            double p50 = ratio("api", c, WrkRun::p50);
            double p99 = ratio("api", c, WrkRun::p99);
            r.append(target("API p50 ≤ 1.3× engine at " + c + " clients", String.format(Locale.ROOT, "%.2f×", p50), p50 <= 1.3));
            r.append(target("API p99 ≤ 1.5× engine at " + c + " clients", String.format(Locale.ROOT, "%.2f×", p99), p99 <= 1.5));
        }
        long errors32 = results.values().stream().mapToLong(m -> m.get(32).stream().mapToLong(WrkRun::errors).sum()).sum();
        r.append(target("Zero errors at 32 clients", errors32 + " errors", errors32 == 0));
        long peak = portalPeaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        r.append(target("Portal peak RSS ≤ 512 MB, every portal process of the run", mb(peak) + " (" + String.join(", ",
                portalPeaks.entrySet().stream().map(e -> e.getKey() + " " + mb(e.getValue())).toList()) + ")",
                peak > 0 && peak <= 512 * 1024));
        double tookP50 = engineCost.isEmpty() ? Double.NaN : engineCost.get(0).tookP50();
        double cpuPerSearch = engineCost.isEmpty() ? Double.NaN : engineCost.get(0).cpuMs();
        if (realContent) {
            r.append(target("Search API p50 ≤ 15 ms at 1 client", ms(results.get("api").get(1), WrkRun::p50) + " ms",
                    medianP50("api", 1) <= 15));
            r.append(target("Document page p50 ≤ 15 ms at 1 client", ms(results.get("document").get(1), WrkRun::p50) + " ms",
                    medianP50("document", 1) <= 15));
            r.append(target("Engine took p50 ≤ 6 ms", String.format(Locale.ROOT, "%.1f ms", tookP50), tookP50 <= 6));
        } else if (docs < 50_000) {
            r.append(target("Engine CPU per search ≤ 20 ms", String.format(Locale.ROOT, "%.1f ms", cpuPerSearch), cpuPerSearch <= 20));
            double rate8 = medianD(completed(results.get("api").get(8)).stream().map(WrkRun::rate).toList());
            r.append(target("API ≥ 80 searches/s at 8 clients", String.format(Locale.ROOT, "%.1f/s", rate8), rate8 >= 80));
            r.append(target("API p50 ≤ 25 ms at 1 client", ms(results.get("api").get(1), WrkRun::p50) + " ms",
                    medianP50("api", 1) <= 25));
            if (contentLoad != null && !massIndexing.isEmpty()) {
                double ratio = indexingRatio();
                r.append(target("Mass indexing ≥ 0.6× raw bulk", String.format(Locale.ROOT, "%.2f×", ratio), ratio >= 0.6));
            }
        } else {
            long p95at8 = median(completed(results.get("api").get(8)).stream().map(WrkRun::p95).toList());
            r.append(target("API p95 ≤ 300 ms at 8 clients (aim 150)", String.format(Locale.ROOT, "%.1f ms", p95at8 / 1000.0),
                    p95at8 <= 300_000));
        }
        r.append(realContent ? "\nTargets for the real knowledge base; the ratio, error and memory targets hold at every size.\n"
                : docs < 50_000 ? "\nTargets for 10k documents; the ratio, error and memory targets hold at every size.\n"
                : "\nTargets for 100k documents; the ratio, error and memory targets hold at every size.\n");
        if (!captureNotes.isEmpty() || !notes.isEmpty()) {
            r.append('\n');
            captureNotes.forEach(n -> r.append("- ").append(n).append('\n'));
            notes.forEach(n -> r.append("- ").append(n).append('\n'));
        }
        return r.toString();
    }

    double medianP50(String target, int clients) {
        return median(completed(results.get(target).get(clients)).stream().map(WrkRun::p50).toList()) / 1000.0;
    }

    static String target(String name, String measured, boolean met) {
        return "| " + name + " | " + measured + " | " + (met ? "met" : "**missed**") + " |\n";
    }

    static String label(int docs) {
        return docs >= 1000 && docs % 1000 == 0 ? (docs / 1000) + "k" : String.valueOf(docs);
    }

    /** Replaces this size's section of the results in the document (between its markers), or appends it. */
    void writeInto(Path file, String report) throws IOException {
        writeInto(file, realContent ? "results content" : "results " + label(docs), report);
    }

    /** Replaces the section between {@code <!-- name begin -->} and {@code <!-- name end -->}, or appends it. */
    static void writeInto(Path file, String name, String report) throws IOException {
        String begin = "<!-- " + name + " begin -->";
        String end = "<!-- " + name + " end -->";
        String block = begin + "\n" + report + end;
        String text = Files.exists(file) ? Files.readString(file) : "";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + block + text.substring(e + end.length());
        } else {
            text = text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + block + "\n";
        }
        Files.writeString(file, text);
    }

    // ---------------------------------------------------------------------------------------------

    static Http.Response check(Http.Response r, String what) {
        if (!r.ok()) {
            throw new IllegalStateException(what + " failed: " + r.status() + " " + r.body().substring(0, Math.min(500, r.body().length())));
        }
        return r;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void say(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
