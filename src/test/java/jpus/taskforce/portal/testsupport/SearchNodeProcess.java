package jpus.taskforce.portal.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The local search node (see search-node/README.md) in its own JVM, started once per test JVM and
 * stopped when that JVM exits. Every test run gets a fresh data folder, so no index survives from
 * an earlier run.
 */
public final class SearchNodeProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<Variant, SearchNodeProcess> SHARED = new EnumMap<>(Variant.class);

    /** A build of search-node/ and the Java it runs on. */
    public enum Variant {
        /** OpenSearch 2.19.1, the default, on the test JVM's own Java. */
        OPENSEARCH_2("search-node.jar", "lib", Path.of(System.getProperty("java.home")), List.of(),
                "./mvnw -f search-node/pom.xml package"),
        /**
         * OpenSearch 3.3.2, which needs Java 21 or newer: on the JDK that ./portal names in PORTAL_OS3_JDK,
         * by default the machine's Temurin 25. Lucene 10 maps its files through the foreign-memory API.
         */
        OPENSEARCH_3("search-node-os3.jar", "lib-os3",
                Path.of(Objects.requireNonNullElse(System.getenv("PORTAL_OS3_JDK"), "/usr/lib/jvm/temurin-25-jdk-amd64")),
                List.of("--enable-native-access=ALL-UNNAMED"),
                "./mvnw -f search-node/pom.xml package -Popensearch3");

        private final Path jar;
        private final Path lib;
        private final Path java;
        private final List<String> jvmOptions;
        private final String buildCommand;

        Variant(String jar, String lib, Path javaHome, List<String> jvmOptions, String buildCommand) {
            this.jar = Path.of("search-node", "target", jar);
            this.lib = Path.of("search-node", "target", lib);
            this.java = javaHome.resolve("bin").resolve("java");
            this.jvmOptions = jvmOptions;
            this.buildCommand = buildCommand;
        }

        private void checkBuilt() {
            if (!Files.exists(jar) || !Files.isDirectory(lib)) {
                throw new IllegalStateException("The search node " + jar + " is not built: run ./portal test, or first "
                        + buildCommand);
            }
            if (!Files.isExecutable(java)) {
                throw new IllegalStateException("No Java for the search node " + jar + " at " + java
                        + " (OpenSearch 3 needs a JDK 21 or newer: set PORTAL_OS3_JDK)");
            }
        }
    }

    private final Variant variant;
    private final ProcessHandle process;
    private final int port;
    private final Path data;

    private SearchNodeProcess(Variant variant, ProcessHandle process, int port, Path data) {
        this.variant = variant;
        this.process = process;
        this.port = port;
        this.data = data;
    }

    /** A node of its own, for a test that stops and restarts it (the shared one must stay up). */
    public static SearchNodeProcess startPrivate() {
        return start(Variant.OPENSEARCH_2);
    }

    /** Stops the node and starts it again on the same port with the same data, as after an outage. */
    public SearchNodeProcess restart() {
        stop();
        try {
            return launch(variant, port, data);
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the search node", e);
        }
    }

    /** The default node (OpenSearch 2), shared by every test profile of this JVM that does not ask for another. */
    public static SearchNodeProcess shared() {
        return shared(Variant.OPENSEARCH_2);
    }

    /** The one node of this variant in this test JVM, started by the first test profile that asks for it. */
    public static synchronized SearchNodeProcess shared(Variant variant) {
        SearchNodeProcess node = SHARED.get(variant);
        if (node == null || !node.process.isAlive()) {
            String name = "search-node-" + variant.name();
            node = JvmWideServers.find(name)
                    .map(running -> new SearchNodeProcess(variant, running.process(), running.port(), running.files()))
                    .orElseGet(() -> startForThisJvm(variant, name));
            SHARED.put(variant, node);
        }
        return node;
    }

    private static SearchNodeProcess startForThisJvm(Variant variant, String name) {
        SearchNodeProcess started = start(variant);
        JvmWideServers.record(name, new JvmWideServers.Running(started.process, started.port, started.data));
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "search-node-stop"));
        return started;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    private static SearchNodeProcess start(Variant variant) {
        variant.checkBuilt();
        try {
            Path home = Files.createDirectories(Path.of("target", "search-node-test"));
            return launch(variant, FreePorts.any(), Files.createTempDirectory(home, "data-"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the search node", e);
        }
    }

    private static SearchNodeProcess launch(Variant variant, int port, Path data) throws IOException {
        Path log = data.resolve("node-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(variant.java.toString(), "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC"));
        command.addAll(variant.jvmOptions);
        command.addAll(List.of("-cp", variant.jar + ":" + variant.lib + "/*", "jpus.taskforce.searchnode.SearchNodeLauncher",
                "--port", String.valueOf(port), "--data", data.toString()));
        ProcessHandle process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
                .toHandle();
        SearchNodeProcess node = new SearchNodeProcess(variant, process, port, data);
        node.awaitReady(log);
        return node;
    }

    private void awaitReady(Path log) throws IOException {
        try {
            await("the search node ready").atMost(STARTUP_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .failFast("the search node exited during start-up", () -> !process.isAlive())
                    .until(() -> Files.exists(log) && Files.readString(log).contains("SEARCH NODE READY"));
        } catch (TerminalFailureException exited) {
            throw new IllegalStateException("The search node exited during start-up:\n" + Files.readString(log));
        } catch (ConditionTimeoutException late) {
            stop();
            throw new IllegalStateException("The search node was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s; see " + log);
        }
    }

    public void stop() {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
        }
    }

}
