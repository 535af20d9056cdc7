package jpus.taskforce.portal.testsupport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The servers that one test JVM starts once for all its test profiles (Keycloak, the shared search
 * nodes). Quarkus loads the test classes again for every test profile, so a static field is one per
 * profile, and each profile would start its own server and leave the last one running. What is
 * running is therefore recorded in system properties, which the whole JVM shares.
 */
final class JvmWideServers {

    /** A server process started earlier in this JVM, with its port and where it keeps its files. */
    record Running(ProcessHandle process, int port, Path files) {
    }

    private JvmWideServers() {
    }

    /** The server recorded under {@code name}, if it is still alive. */
    static Optional<Running> find(String name) {
        String pid = System.getProperty(key(name, "pid"));
        String port = System.getProperty(key(name, "port"));
        String files = System.getProperty(key(name, "files"));
        if (pid == null || port == null || files == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)
                .map(process -> new Running(process, Integer.parseInt(port), Path.of(files)));
    }

    static void record(String name, Running server) {
        System.setProperty(key(name, "pid"), String.valueOf(server.process().pid()));
        System.setProperty(key(name, "port"), String.valueOf(server.port()));
        System.setProperty(key(name, "files"), server.files().toString());
    }

    private static String key(String name, String part) {
        return "portal.test.server." + name + "." + part;
    }
}
