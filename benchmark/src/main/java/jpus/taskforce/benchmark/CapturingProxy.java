package jpus.taskforce.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A recording pass-through between the portal and the engine, used only in the capture phase:
 * it records the method, path with query string and body of every request the portal sends, so
 * the benchmark replays exactly the JSON the portal sends. Never in the measured path.
 */
final class CapturingProxy implements AutoCloseable {

    record Captured(String method, String pathAndQuery, String body) {
    }

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "expect");
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String target;
    private final List<Captured> captured = new ArrayList<>();

    CapturingProxy(int port, String target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized List<Captured> drain() {
        List<Captured> copy = List.copyOf(captured);
        captured.clear();
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            byte[] plain = body;
            if (encoding != null && encoding.equalsIgnoreCase("gzip") && body.length > 0) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    plain = in.readAllBytes();
                }
            }
            URI uri = exchange.getRequestURI();
            String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            synchronized (this) {
                captured.add(new Captured(exchange.getRequestMethod(), pathAndQuery,
                        new String(plain, StandardCharsets.UTF_8)));
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + pathAndQuery))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
