package jpus.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The second PostgreSQL cluster, "faults" on port 5433, which ./portal test creates (ensure_fault_cluster)
 * so that a test can stop and start a real database server under a running portal while the suite's
 * own server keeps serving the other tests.
 */
public final class FaultCluster {

    public static final String NAME = "faults";
    public static final int PORT = 5433;
    private static final String DATABASE = "portal_faults";

    private FaultCluster() {
    }

    /** The test database on the cluster, created empty (the portal's migrations fill it). */
    public static String jdbcUrl() {
        start();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL cluster '" + NAME + "' does not answer on port " + PORT
                    + "; ./portal test creates and starts it", e);
        }
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;
    }

    /** A fast shutdown, as an operator's restart does: sessions are cut, nothing half-written survives. */
    public static void stop() {
        pgCtlCluster("stop", "-m", "fast");
    }

    public static void start() {
        if (!status()) {
            pgCtlCluster("start");
        }
    }

    private static boolean status() {
        return run(List.of("pg_ctlcluster", version(), NAME, "status")).exit() == 0;
    }

    private static void pgCtlCluster(String action, String... options) {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version(), NAME, action));
        command.addAll(List.of(options));
        Result result = run(command);
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.output());
        }
    }

    /** The cluster's PostgreSQL major version, from pg_lsclusters: whatever Debian installed. */
    private static String version() {
        Result clusters = run(List.of("pg_lsclusters", "--no-header"));
        return clusters.output().lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns.length > 2 && columns[1].equals(NAME))
                .map(columns -> columns[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster '" + NAME + "': run ./portal test, which creates it"));
    }

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0) + " (PostgreSQL's Debian tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {
    }
}
