package jpus.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A TCP forwarder in front of a service that a test must not stop because others share it: taking
 * the proxy down closes every open connection and refuses new ones, as if the service had gone,
 * and bringing it up again listens on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final Supplier<URI> target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    private TcpProxy(Supplier<URI> target) {
        this.target = target;
        this.port = listen(0);
    }

    /**
     * A proxy on a free port of 127.0.0.1, up. The target (its host and port) is asked for at the
     * first connection, so that a service started on demand is only started when used.
     */
    public static TcpProxy to(Supplier<URI> target) {
        return new TcpProxy(target);
    }

    public int port() {
        return port;
    }

    /** The service is gone: open connections are cut, new ones refused. */
    public synchronized void down() {
        closeQuietly(server);
        server = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** The service is back on the same address. */
    public synchronized void up() {
        if (server == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        down();
    }

    private synchronized int listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            server = socket;
            Thread accepting = new Thread(() -> accept(socket), "tcp-proxy-" + socket.getLocalPort());
            accepting.setDaemon(true);
            accepting.start();
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return; // down()
            }
            try {
                URI address = target.get();
                Socket service = new Socket(address.getHost(), address.getPort());
                open.add(client);
                open.add(service);
                pump(client, service);
                pump(service, client);
            } catch (IOException refused) {
                closeQuietly(client); // the service itself is not there: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // One side went away; closing both below ends the other direction too.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already closed.
        }
    }
}
