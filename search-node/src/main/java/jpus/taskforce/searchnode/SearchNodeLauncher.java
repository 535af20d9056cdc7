package jpus.taskforce.searchnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * Runs one OpenSearch node, bound to 127.0.0.1, for local runs and tests. Prints {@code SEARCH NODE READY <url>} on
 * stdout once the cluster is at least yellow; on any startup failure prints the cause on stderr and exits non-zero.
 */
public final class SearchNodeLauncher {

    /** The real console: OpenSearch's LogConfigurator later replaces System.out/err with streams into its log. */
    private static final PrintStream STDOUT = System.out;
    private static final PrintStream STDERR = System.err;

    private static final String HOST = "127.0.0.1";
    private static final long STARTUP_TIMEOUT_SECONDS = 120;
    private static final String USAGE =
            "usage: SearchNodeLauncher --data <dir> [--port <http port, default 9200>] [--cluster-name <name, default portal-local>]";

    /** The modules of an OpenSearch distribution that are on our classpath, plus Japanese analysis. */
    private static final List<Class<? extends Plugin>> PLUGINS = Stream.concat(
            LocalNode.MODULES.stream(), Stream.of(KuromojiAnalysisPlugin.class)).toList();

    private final int port;
    private final Path dataDir;
    private final String clusterName;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Node node;

    private SearchNodeLauncher(int port, Path dataDir, String clusterName) {
        this.port = port;
        this.dataDir = dataDir;
        this.clusterName = clusterName;
    }

    public static void main(String[] args) throws InterruptedException {
        // log4j's own hook would stop logging while the node is still closing; stop() shuts log4j down last instead.
        System.setProperty("log4j2.shutdownHookEnabled", "false");

        SearchNodeLauncher launcher;
        try {
            launcher = fromArgs(args);
        } catch (IllegalArgumentException e) {
            STDERR.println("search-node: " + e.getMessage());
            STDERR.println(USAGE);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "search-node-shutdown"));

        ExecutorService starter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "search-node-startup");
            thread.setDaemon(true);
            return thread;
        });
        try {
            starter.submit(() -> {
                launcher.start();
                return null;
            }).get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            failStartup("the node did not become ready within " + STARTUP_TIMEOUT_SECONDS + " s", null);
        } catch (ExecutionException e) {
            failStartup(describe(e.getCause()), e.getCause());
        } finally {
            starter.shutdown();
        }

        STDOUT.println("SEARCH NODE READY http://" + HOST + ":" + launcher.port);
        STDOUT.flush();
        // OpenSearch runs on daemon threads only: without this wait the JVM would exit right away.
        launcher.stopped.await();
    }

    private static SearchNodeLauncher fromArgs(String[] args) {
        Map<String, String> values = new HashMap<>(Map.of("--port", "9200", "--cluster-name", "portal-local"));
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--port", "--data", "--cluster-name").contains(args[i])) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(args[i], args[i + 1]);
        }
        if (!values.containsKey("--data")) {
            throw new IllegalArgumentException("--data is required");
        }
        int port;
        try {
            port = Integer.parseInt(values.get("--port"));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be a number from 1 to 65535, got " + values.get("--port"));
        }
        return new SearchNodeLauncher(port, Path.of(values.get("--data")).toAbsolutePath().normalize(), values.get("--cluster-name"));
    }

    private void start() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        checkPortFree();

        Settings settings = Settings.builder()
                .put("cluster.name", clusterName)
                .put("node.name", "search-node")
                .put("path.home", dataDir.toString())
                .put("path.data", dataDir.resolve("data").toString())
                .put("path.logs", dataDir.resolve("logs").toString())
                .put("network.host", HOST)
                .put("http.port", port)
                .put("discovery.type", "single-node")
                // A nearly full developer disk must not turn the indexes read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // The node runs the serial collector (./portal), whose heap is full of garbage
                // until the next collection: measured by real heap use, the parent breaker
                // refused searches with 429s after a few reindexes (docs/benchmarks.md). The
                // breakers' own accounting of requests and field data still guards the heap.
                .put("indices.breaker.total.use_real_memory", false)
                .build();
        Path configDir = dataDir.resolve("config");
        Files.createDirectories(configDir);
        installLogConfig(configDir);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), configDir, () -> "search-node");
        LogConfigurator.registerErrorListener();
        LogConfigurator.configure(environment);

        node = new LocalNode(environment, PLUGINS);
        node.start();

        long remainingMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) - 2000);
        TimeValue wait = TimeValue.timeValueMillis(remainingMillis);
        ClusterHealthResponse health = node.client().admin().cluster().prepareHealth()
                .setWaitForYellowStatus()
                .setTimeout(wait)
                .setClusterManagerNodeTimeout(wait)
                .get();
        if (health.isTimedOut() || health.getStatus() == ClusterHealthStatus.RED) {
            throw new IllegalStateException("cluster health stayed " + health.getStatus() + " (unassigned shards: "
                    + health.getUnassignedShards() + "); see the log in " + dataDir.resolve("logs"));
        }
    }

    /** Fails early with a plain message instead of OpenSearch's bind exception deep inside the node's startup. */
    private void checkPortFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on " + HOST + " is already in use (another search node?)", e);
        }
    }

    /** Installs our quiet logging setup, but keeps a copy the developer has edited. */
    private static void installLogConfig(Path configDir) throws IOException {
        Path target = configDir.resolve("log4j2.properties");
        if (Files.exists(target)) {
            return;
        }
        try (InputStream in = SearchNodeLauncher.class.getResourceAsStream("log4j2.properties")) {
            if (in == null) {
                throw new IllegalStateException("log4j2.properties is missing from search-node.jar");
            }
            Files.copy(in, target);
        }
    }

    private void stop() {
        Node running = node;
        if (running != null) {
            try {
                running.close();
                if (!running.awaitClose(10, TimeUnit.SECONDS)) {
                    STDERR.println("search-node: the node did not finish closing within 10 s");
                }
            } catch (IOException | InterruptedException e) {
                STDERR.println("search-node: error while closing the node: " + e);
            }
        }
        LogManager.shutdown();
        stopped.countDown();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure) : failure + "\n  root cause: " + root;
    }

    private static void failStartup(String reason, Throwable failure) {
        STDERR.println("SEARCH NODE FAILED: " + reason);
        if (failure != null) {
            failure.printStackTrace(STDERR);
        }
        STDERR.flush();
        System.exit(1);
    }
}
