package jpus.taskforce.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal (dev profile) as a child process. Every output line goes to a log file; the
 * arrival time of the first line containing each watched text is kept, which times the content
 * load to the millisecond (the log's own timestamps have whole seconds).
 */
final class PortalProcess implements AutoCloseable {

    /**
     * The collector settings that the portal's container image (ubi9/openjdk-17-runtime, whose
     * run-java.sh sets them) runs it with: the parallel collector, giving unused heap back to the
     * system. Without them the JVM would pick G1 here, and memory would be measured for a JVM that
     * production never runs. Options given to the benchmark come later and win.
     */
    static final List<String> IMAGE_GC_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20", "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90");

    private final Process process;
    private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
    private final Map<String, String> seenLine = new ConcurrentHashMap<>();
    private final List<String> watched;
    private final int port;
    private final Path log;

    PortalProcess(Path jar, int port, String heap, List<String> properties, List<String> javaOptions, Path log,
            List<String> watched) throws IOException {
        this.port = port;
        this.log = log;
        this.watched = List.copyOf(watched);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(IMAGE_GC_OPTIONS);
        command.addAll(javaOptions);
        command.add("-Dquarkus.profile=dev");
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(log.getParent());
        // Through an argument file: the process shows as `java @file`, out of reach of other people's
        // clean-up by command-line pattern on this shared machine.
        Path argFile = log.resolveSibling(log.getFileName().toString().replace(".log", ".args"));
        Files.write(argFile, command.subList(1, command.size()));
        process = new ProcessBuilder(command.get(0), "@" + argFile).redirectErrorStream(true).start();
        Thread reader = new Thread(this::pump, "portal-log");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = in.readLine()) != null) {
                long now = System.nanoTime();
                for (String w : watched) {
                    if (line.contains(w) && seenAt.putIfAbsent(w, now) == null) {
                        seenLine.put(w, line);
                    }
                }
                out.println(line);
                out.flush();
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    long pid() {
        return process.pid();
    }

    Long seenAt(String text) {
        return seenAt.get(text);
    }

    String seenLine(String text) {
        return seenLine.get(text);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until /q/health/ready answers 200. */
    void awaitReady(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + " (see " + log + ")");
            }
            if (Http.get(base() + "/q/health/ready").status() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The portal was not ready within " + seconds + " s (see " + log + ")");
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
