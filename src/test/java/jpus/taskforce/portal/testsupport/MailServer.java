package jpus.taskforce.portal.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) the portal sends its notifications to, on a port chosen once per
 * test profile (Quarkus loads this class again for each) so that a test can stop it and start it
 * again where the portal expects it.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static final int PORT = FreePorts.any();
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(PORT),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** The server as it runs now (a new one after {@link #stopServer()} and {@link #startServer()}). */
    public static synchronized GreenMail server() {
        return server;
    }

    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

}
