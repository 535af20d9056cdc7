package jpus.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for the servers the tests start themselves, so that runs side by side never collide. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nothing listens on now, as the system hands it out. */
    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
