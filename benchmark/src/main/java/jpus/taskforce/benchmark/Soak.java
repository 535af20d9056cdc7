package jpus.taskforce.benchmark;

import static jpus.taskforce.benchmark.Benchmark.check;
import static jpus.taskforce.benchmark.Benchmark.say;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sustained load ({@code ./portal soak}, docs/reliability.md): clients on a fixed schedule, each
 * sending one request per interval in a fixed order (the next one as soon as possible when an
 * answer comes late), mixing document reads, searches in English and Japanese, and the whole publishing workflow as
 * the local run's demo accounts. At the start (after a warm-up) and at the end the portal's heap
 * is measured after a full GC. Exits 1 if any request failed, any publication cannot be read back,
 * or the heap grew by more than 10 %.
 */
public final class Soak {

    /** What a request does; each client walks {@link #CYCLE} in order, writes advancing its own workflow. */
    enum Kind {
        PAGE_READ("document page"), API_READ("API document"), API_SEARCH("API search"), PAGE_SEARCH("search page"),
        CREATE("create draft (editor)"), UPDATE("update draft (editor)"), SUBMIT("submit (editor)"),
        APPROVE("approve (reviewer)"), PUBLISH("publish (reviewer)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Kind WRITE = null;
    private static final Kind[] CYCLE = {Kind.PAGE_READ, Kind.API_READ, Kind.API_SEARCH, Kind.PAGE_READ,
        Kind.PAGE_SEARCH, Kind.API_READ, WRITE, Kind.PAGE_READ, Kind.API_SEARCH, Kind.API_READ, Kind.PAGE_SEARCH, WRITE};
    private static final Kind[] WORKFLOW = {Kind.CREATE, Kind.UPDATE, Kind.SUBMIT, Kind.APPROVE, Kind.PUBLISH};
    private static final double HEAP_GROWTH_ALLOWED = 1.10;
    private static final String EDITOR = "meti-editor";
    private static final String REVIEWER = "meti-reviewer";
    /** Slugs of this run, so that a database kept from an earlier run never refuses them as taken. */
    private static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);

    // configuration
    int minutes = 5;
    int clients = 32;
    double ratePerClient = 2.0;
    int warmupSeconds = 60;
    Path jar = Path.of("target/local-run/quarkus-run.jar");
    int portalPort = 8480;
    String portalHeap = "512m";
    String engine = "127.0.0.1:9500";
    Path work = Path.of("build/soak");
    Path out;

    // results
    private final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);
    private final Map<Kind, ConcurrentLinkedQueue<String>> failures = new EnumMap<>(Kind.class);
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    private volatile boolean measuring;
    /** The benchmark's query mix over the real knowledge base, in its Zipf-like order. */
    private List<QueryMix.Query> mix;

    public static void main(String[] args) {
        Soak soak = new Soak();
        soak.parse(args);
        Benchmark.exitWith(soak::run);
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--rate" -> ratePerClient = Double.parseDouble(args[++i]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--portal-port" -> portalPort = Integer.parseInt(args[++i]);
                case "--portal-heap" -> portalHeap = args[++i];
                case "--engine" -> engine = args[++i].replaceFirst("^https?://", "");
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ConcurrentLinkedQueue<>());
            failures.put(kind, new ConcurrentLinkedQueue<>());
        }
    }

    int run() throws Exception {
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        mix = QueryMix.zipfOrder(QueryMix.distinct(Path.of("content"), 42), Benchmark.SEQUENCE, 7);
        List<String> properties = List.of(
                "-Dportal.content.directory=content",
                "-Dquarkus.datasource.jdbc.url=" + Benchmark.h2Url(work),
                // One address sends everything; the limit per address would refuse the load itself.
                "-Dportal.rate-limit.anonymous-per-minute=0",
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + engine);
        try (PortalProcess portal = new PortalProcess(jar, portalPort, portalHeap, properties, List.of(),
                work.resolve("logs/portal.log"), List.of())) {
            portal.awaitReady(300);
            String base = portal.base();
            List<String> slugs = readableSlugs(base);
            say("Soak: %d clients, %.1f requests/s each, %d s warm-up then %d min; %d documents to read",
                    clients, ratePerClient, warmupSeconds, minutes, slugs.size());

            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicBoolean running = new AtomicBoolean(true);
            long intervalNanos = (long) (1e9 / ratePerClient);
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                // Clients spread over one interval, so that the load is even rather than in bursts.
                long offset = intervalNanos * client / clients;
                pool.submit(() -> client(client, base, slugs, t0 + offset, intervalNanos, running));
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
            long heapStart = heapAfterFullGc(portal.pid());
            measuring = true;
            long measuredFrom = System.nanoTime();
            say("Warm-up done; heap after a full GC %s. Measuring for %d min...", Benchmark.mb(heapStart), minutes);
            Thread.sleep(TimeUnit.MINUTES.toMillis(minutes));
            measuring = false;
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            running.set(false);
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
            long heapEnd = heapAfterFullGc(portal.pid());
            int unreadable = unreadable(base);
            String report = report(started, seconds, heapStart, heapEnd, unreadable);
            System.out.println();
            System.out.println(report);
            Files.createDirectories(work);
            Files.writeString(work.resolve("soak-result.md"), report);
            if (out != null) {
                Benchmark.writeInto(out, "soak", report);
                say("Results written to %s", out);
            }
            boolean failed = errors() > 0 || unreadable > 0 || heapEnd > heapStart * HEAP_GROWTH_ALLOWED;
            if (failed) {
                failures.forEach((kind, list) -> list.stream().limit(5)
                        .forEach(f -> System.err.println("[soak] " + kind.label + ": " + f)));
            }
            return failed ? 1 : 0;
        }
    }

    private void client(int client, String base, List<String> slugs, long start, long intervalNanos, AtomicBoolean running) {
        Workflow workflow = new Workflow(client);
        long next = start;
        for (long n = 0; running.get(); n++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Kind slot = CYCLE[(int) (n % CYCLE.length)];
            Kind kind = slot == WRITE ? workflow.next() : slot;
            long sent = System.nanoTime();
            Http.Response response = send(base, kind, n, client, slugs, workflow);
            long now = System.nanoTime();
            long micros = (now - sent) / 1000;
            // A late answer moves the schedule on rather than bursting to catch up: the achieved rate
            // in the report shows whether the portal kept pace.
            next = Math.max(next + intervalNanos, now);
            boolean ok = response.ok();
            if (measuring) {
                latencies.get(kind).add(micros);
                statuses.merge(response.status(), 1, Integer::sum);
                if (!ok) {
                    failures.get(kind).add(response.status() + " " + response.body().substring(0, Math.min(300, response.body().length())));
                }
            }
            if (slot == WRITE) {
                workflow.advance(ok);
            }
        }
    }

    private Http.Response send(String base, Kind kind, long n, int client, List<String> slugs, Workflow workflow) {
        String slug = slugs.get((int) ((n * 7 + client * 13) % slugs.size()));
        QueryMix.Query query = mix.get((int) ((n + client) % mix.size()));
        String lang = (n + client) % 2 == 0 ? "en" : "ja";
        return switch (kind) {
            case PAGE_READ -> Http.send(get(base + "/" + lang + "/documents/" + slug));
            case API_READ -> Http.send(get(base + "/api/v1/documents/" + slug));
            case API_SEARCH -> Http.send(get(base + query.apiPath()));
            case PAGE_SEARCH -> Http.send(get(base + query.pagePath()));
            case CREATE -> Http.send(as(EDITOR, json(base + "/api/v1/documents", "POST", document(workflow.slug(), "first"))));
            case UPDATE -> Http.send(as(EDITOR, json(base + "/api/v1/documents/" + workflow.slug(), "PUT",
                    document(workflow.slug(), "revised"))));
            case SUBMIT -> Http.send(as(EDITOR, json(base + "/api/v1/documents/" + workflow.slug() + "/submit", "POST",
                    "{\"changeNote\": \"Soak version.\", \"major\": true}")));
            case APPROVE -> Http.send(as(REVIEWER, json(base + "/api/v1/documents/" + workflow.slug() + "/approve", "POST", "{}")));
            case PUBLISH -> Http.send(as(REVIEWER, json(base + "/api/v1/documents/" + workflow.slug() + "/publish", "POST", "{}")));
        };
    }

    /** One client's document going through the workflow; a failed step is retried in its next write slot. */
    private final class Workflow {
        private final int client;
        private int document;
        private int step;

        Workflow(int client) {
            this.client = client;
        }

        String slug() {
            return "soak-" + RUN + "-" + client + "-" + document;
        }

        Kind next() {
            return WORKFLOW[step];
        }

        void advance(boolean ok) {
            if (!ok) {
                return;
            }
            if (WORKFLOW[step] == Kind.PUBLISH && measuring) {
                published.add(slug());
            }
            step = (step + 1) % WORKFLOW.length;
            if (step == 0) {
                document++;
            }
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpRequest.Builder json(String url, String method, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** HTTP Basic as one of the local run's demo accounts (each one's password is its name). */
    private static HttpRequest.Builder as(String account, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    private static String document(String slug, String wording) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("slug", slug);
        d.put("type", "guidance");
        d.put("government", "JP");
        d.put("agency", "meti");
        d.put("topics", List.of("forced-labor"));
        d.put("issued", "2026-10-01");
        d.put("status", "in-force");
        d.put("binding", false);
        d.put("sourceUrl", "https://www.meti.go.jp/policy/economy/business-jinken/index.html");
        d.put("visibility", "public");
        d.put("versions", Map.of(
                "en", Map.of("title", "Soak guidance " + slug + " (" + wording + ")",
                        "summary", "A document written by the soak test, " + wording + " version.",
                        "body", "Companies should map their suppliers and address forced labor risks.\n\nSecond paragraph."),
                "ja", Map.of("title", "負荷試験用の手引 " + slug,
                        "summary", "負荷試験で作成した文書です。",
                        "body", "企業は取引先を把握し、強制労働のリスクに対処すべきである。")));
        try {
            return Http.JSON.writeValueAsString(d);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readableSlugs(String base) {
        JsonNode hits = check(Http.send(get(base + "/api/v1/documents?size=50")), "listing documents").json().path("hits");
        List<String> slugs = new ArrayList<>();
        hits.forEach(hit -> slugs.add(hit.path("slug").asText()));
        if (slugs.isEmpty()) {
            throw new IllegalStateException("The portal lists no documents to read");
        }
        return slugs;
    }

    /** Publications acknowledged during the measured run that the API cannot return afterwards. */
    private int unreadable(String base) {
        int missing = 0;
        for (String slug : published) {
            if (Http.send(get(base + "/api/v1/documents/" + slug)).status() != 200) {
                missing++;
            }
        }
        return missing;
    }

    private static long heapAfterFullGc(long pid) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        return Benchmark.memoryOf(pid).heapUsedKb();
    }

    private long errors() {
        return failures.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    private String report(String started, double seconds, long heapStart, long heapEnd, int unreadable) {
        StringBuilder r = new StringBuilder();
        long total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        r.append(String.format(Locale.ROOT, "Run of %s: %d clients for %.1f min after %d s of warm-up, one request per client every %.0f ms "
                + "(%d requests: %.1f/s of the %.1f/s planned); portal heap -Xmx%s, %d cores, load average at the end %.1f.%n%n",
                started, clients, seconds / 60, warmupSeconds, 1000 / ratePerClient, total, total / seconds,
                clients * ratePerClient, portalHeap,
                Runtime.getRuntime().availableProcessors(), Benchmark.loadAverage()));
        r.append("| Request | Count | Errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        List<Long> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Long> values = new ArrayList<>(latencies.get(kind));
            all.addAll(values);
            r.append(row(kind.label, values, failures.get(kind).size()));
        }
        r.append(row("**all**", all, (int) errors()));
        r.append(String.format(Locale.ROOT, "%nPublications during the measured run: %d, unreadable afterwards: %d.%n", published.size(), unreadable));
        r.append(String.format(Locale.ROOT, "Answers by status: %s.%n", new TreeMap<>(statuses)));
        r.append(String.format(Locale.ROOT, "Portal heap after a full GC: %s after the warm-up, %s at the end (%+.1f %%; at most +10 %% allowed).%n",
                Benchmark.mb(heapStart), Benchmark.mb(heapEnd), (heapEnd - heapStart) * 100.0 / heapStart));
        r.append(String.format(Locale.ROOT, "Verdict: %s.%n", errors() == 0 && unreadable == 0 && heapEnd <= heapStart * HEAP_GROWTH_ALLOWED
                ? "passed" : "**failed**"));
        return r.toString();
    }

    private static String row(String label, List<Long> micros, int errors) {
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", label, sorted.size(), errors,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "–";
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(0, index)) / 1000.0);
    }
}
