package jpus.taskforce.portal.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The local search node (see search-node/README.md) in its own JVM, started once per test JVM and
 * stopped when that JVM exits. Every test run gets a fresh data folder, so no index survives from
 * an earlier run.
 */
public final class SearchNodeProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static SearchNodeProcess shared;

    private final Process process;
    private final int port;
    private final Path log;

    private final Path data;

    private SearchNodeProcess(Process process, int port, Path data, Path log) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.log = log;
    }

    /** A node of its own, for a test that stops and restarts it (the shared one must stay up). */
    public static SearchNodeProcess startPrivate() {
        return start();
    }

    /** Stops the node and starts it again on the same port with the same data, as after an outage. */
    public SearchNodeProcess restart() {
        stop();
        try {
            return launch(port, data);
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the search node", e);
        }
    }

    public static synchronized SearchNodeProcess shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "search-node-stop"));
        }
        return shared;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    private static SearchNodeProcess start() {
        Path jar = Path.of("search-node/target/search-node.jar");
        Path lib = Path.of("search-node/target/lib");
        if (!Files.exists(jar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("The search node is not built: run ./portal test, or first "
                    + "./mvnw -f search-node/pom.xml package");
        }
        try {
            Path home = Files.createDirectories(Path.of("target", "search-node-test"));
            return launch(freePort(), Files.createTempDirectory(home, "data-"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the search node", e);
        }
    }

    private static SearchNodeProcess launch(int port, Path data) throws IOException {
        Path jar = Path.of("search-node/target/search-node.jar");
        Path lib = Path.of("search-node/target/lib");
        Path log = data.resolve("node-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", jar + ":" + lib + "/*", "jpus.taskforce.searchnode.SearchNodeLauncher",
                "--port", String.valueOf(port), "--data", data.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SearchNodeProcess node = new SearchNodeProcess(process, port, data, log);
        node.awaitReady();
        return node;
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("SEARCH NODE READY")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The search node exited during start-up:\n" + Files.readString(log));
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException("The search node was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s; see " + log);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
