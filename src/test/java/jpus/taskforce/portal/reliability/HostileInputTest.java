package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Thousands of generated hostile requests over every endpoint's parameters, path segments,
 * headers and bodies: none may cause a 5xx or show a stack trace or an internal name.
 * The generator is seeded, so a failure names a case that can be replayed.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 20261127L;

    /**
     * What must never appear in an answer: traces and the names of the machinery behind it. (The
     * word "exception" alone is not one: the knowledge base's own texts use it.)
     */
    private static final List<Pattern> LEAKS = List.of(Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\n\\s+at [a-z]"), Pattern.compile("jpus\\.taskforce"), Pattern.compile("java\\.lang"),
            Pattern.compile("org\\.hibernate"), Pattern.compile("HSEARCH\\d"), Pattern.compile("SQLState"),
            Pattern.compile("org\\.postgresql"), Pattern.compile("io\\.quarkus"), Pattern.compile("(?i)caused by:"));

    /** Raw (already URL-encoded where needed) hostile values. */
    private static List<String> payloads() {
        Random random = new Random(SEED);
        List<String> raw = new ArrayList<>(List.of("", " ", "null", "undefined", "-1", "0", "2147483648",
                "9999999999999999999999", "1e309", "NaN", "true", "[]", "{}", "{\"query\":{\"match_all\":{}}}",
                "{\"script\":{\"source\":\"System.exit(0)\"}}", "*:*", "_all", "\" OR 1=1 --", "'; drop table document; --",
                "1; select pg_sleep(5)", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
                "${jndi:ldap://x/a}", "{{7*7}}", "#{7*7}", "%{7*7}", "\u0000", "\u0001\u0002\u0003", "\r\nX-Injected: 1",
                "\u202e\u202dreversed", "🙂🙂🙂", "強制労働".repeat(50), "a".repeat(5000), "x".repeat(20000),
                "((((((((((((((((((((", "\"\"\"\"\"", "|||||||||", "~~~~~~~", "+-*/", "/", "//", "?", "#", "&&&&",
                "2023-02-30", "2023-13-01", "99999-01-01", "-0001-01-01", "en,ja,fr", "EN", "JP,US,XX",
                "law,law,law,law", "czE6WzEsMiwzLDRd", "YzE6LTE=", "YzE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "c1:1"));
        for (int i = 0; i < 15; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int j = 0; j < length; j++) {
                s.appendCodePoint(random.nextInt(0x3000));
            }
            raw.add(s.toString());
        }
        List<String> encoded = new ArrayList<>();
        for (String value : raw) {
            encoded.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        // Byte sequences that are not UTF-8 at all.
        encoded.addAll(List.of("%FF%FE%FD", "%C3%28", "%E2%82", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80", "%00%00"));
        return encoded;
    }

    private static final List<String> QUERY_PARAMETERS_PATHS = List.of(
            "/api/v1/documents?q=%s", "/api/v1/documents?lang=%s", "/api/v1/documents?type=%s",
            "/api/v1/documents?government=%s", "/api/v1/documents?agency=%s", "/api/v1/documents?topic=%s",
            "/api/v1/documents?language=%s", "/api/v1/documents?issuedFrom=%s", "/api/v1/documents?issuedTo=%s",
            "/api/v1/documents?sort=%s", "/api/v1/documents?page=%s", "/api/v1/documents?size=%s",
            "/api/v1/documents?cursor=%s", "/api/v1/documents?q=labor&cursor=%s&sort=newest",
            "/api/v1/documents/%s", "/api/v1/documents/%s/related", "/api/v1/documents/%s/revisions",
            "/api/v1/documents/us-uflpa/revisions/%s", "/api/v1/documents/us-uflpa/revisions/1/diff/%s",
            "/api/v1/documents/%s/attachments/1", "/api/v1/documents/us-uflpa/attachments/%s",
            "/api/v1/documents/us-uflpa/related?lang=%s", "/api/v1/suggest?q=%s", "/api/v1/suggest?q=forced&lang=%s",
            "/api/v1/changes?since=%s", "/api/v1/changes?limit=%s", "/api/v1/topics?lang=%s", "/api/v1/glossary?q=%s",
            "/en/search?q=%s", "/ja/search?q=%s", "/en/search?topic=%s", "/en/search?type=%s&government=%s",
            "/en/search?issuedFrom=%s", "/en/search?page=%s", "/en/search?sort=%s", "/en/documents/%s",
            "/ja/documents/%s?view=%s", "/en/topics/%s", "/en/agencies/%s", "/en/compare/%s", "/en/topics/%s/feed.atom",
            "/en/search.atom?q=%s", "/en/glossary?q=%s", "/%s", "/en/%s", "/api/v1/%s",
            "/api/v1/check?good=%s", "/api/v1/check?good=cotton&region=%s", "/en/check?good=%s",
            "/ja/check?good=cotton&region=%s", "/en/goods/%s", "/ja/regions/%s");

    private static final List<String> HEADERS = List.of("Accept-Language", "If-None-Match", "If-Modified-Since",
            "Authorization", "Accept", "X-Forwarded-For", "Cookie", "Content-Type");

    private static final String EXPORT = "/api/v1/export";
    /**
     * The headers the export reads itself: its ETag and date preconditions, the caller, the format.
     * The others reach it through the same filters as the document and the search page, which get
     * every header; each export sends the whole knowledge base, so repeating them there only cost time.
     */
    private static final List<String> EXPORT_HEADERS = List.of("If-None-Match", "If-Modified-Since", "Authorization", "Accept");

    /** A few requests at a time, as several clients would send them: the run takes half as long as one at a time. */
    private static final ExecutorService SENDERS = Executors.newFixedThreadPool(4);
    /** Requests that reached the portal and came back with an answer; the HTTP client refuses a few before sending. */
    private static final AtomicInteger ANSWERED = new AtomicInteger();

    /** One generated request: what it is, for a failure's message, and how to send it. */
    private record Case(String label, Supplier<Response> request) {
    }

    @Test
    void noGeneratedRequestFailsTheServerOrLeaksItsInsides() throws InterruptedException {
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        List<Case> cases = cases();
        cases.forEach(c -> check(problems, c.label(), c.request()));
        SENDERS.shutdown();
        assertThat(SENDERS.awaitTermination(10, TimeUnit.MINUTES)).as("every request answered or refused").isTrue();
        // docs/reliability.md quotes this figure: the requests the portal answered, not those generated.
        System.out.printf("Hostile input: %d requests generated, %d answered by the portal, %d problems%n", cases.size(),
                ANSWERED.get(), problems.size());
        assertThat(ANSWERED.get()).as("requests the portal answered, of %d generated", cases.size()).isGreaterThanOrEqualTo(5000);
        assertThat(problems).as("of %d cases", cases.size()).isEmpty();
    }

    /** docs/reliability.md says how many requests the generator makes and over how many parameters and paths. */
    @Test
    void theDocumentedFiguresAreTheGeneratorsOwn() throws IOException {
        String reliability = Files.readString(Path.of("docs", "reliability.md"));
        assertThat(reliability).as("docs/reliability.md")
                .contains(String.format(Locale.ROOT, "%,d requests generated", cases().size()))
                .contains(QUERY_PARAMETERS_PATHS.size() + " query parameters and path segments")
                .contains(HEADERS.size() + " headers")
                .contains(EXPORT_HEADERS.size() + " of them also on the export");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> payloads = payloads();
        for (String template : QUERY_PARAMETERS_PATHS) {
            for (String payload : payloads) {
                String path = template.replace("%s", payload);
                cases.add(new Case("GET " + shorten(path), () -> given().urlEncodingEnabled(false).get(path)));
            }
        }
        for (String header : HEADERS) {
            for (String payload : payloads) {
                // Header values are bytes: the payload's bytes as ISO-8859-1, without line breaks.
                String value = java.net.URLDecoder.decode(payload, StandardCharsets.ISO_8859_1).replaceAll("[\\r\\n\\x00]", " ");
                List<String> paths = new ArrayList<>(List.of("/api/v1/documents/us-uflpa", "/en/search?q=labor"));
                if (EXPORT_HEADERS.contains(header)) {
                    paths.add(EXPORT);
                }
                for (String path : paths) {
                    cases.add(new Case(header + ": " + shorten(value) + " on " + path,
                            () -> given().urlEncodingEnabled(false).header(header, value).get(path)));
                }
            }
        }
        cases.addAll(hostileBodies(payloads));
        return cases;
    }

    private static List<Case> hostileBodies(List<String> payloads) {
        List<Case> cases = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (String payload : payloads) {
            String value = java.net.URLDecoder.decode(payload, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"");
            bodies.add("{\"slug\": \"" + value + "\", \"type\": \"" + value + "\", \"versions\": {\"en\": {\"title\": \""
                    + value + "\", \"body\": \"" + value + "\"}}}");
            bodies.add("{\"changeNote\": \"" + value + "\", \"publishAt\": \"" + value + "\", \"major\": \"" + value + "\"}");
            bodies.add("{\"url\": \"" + value + "\", \"events\": [\"" + value + "\"], \"secret\": \"" + value + "\"}");
        }
        bodies.addAll(List.of("", "null", "[]", "\"string\"", "12", "{", "{\"slug\": }", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"topics\": \"forced-labor\"}", "{\"binding\": \"maybe\"}",
                "{\"versions\": [1,2,3]}", "{\"versions\": {\"en\": \"text\"}}", "\u0000\u0001", "{\"slug\": \"\\ud800\"}"));
        for (String body : bodies) {
            for (String[] target : new String[][] { { "POST", "/api/v1/documents", KeycloakServer.METI_EDITOR },
                    { "PUT", "/api/v1/documents/us-uflpa", KeycloakServer.METI_EDITOR },
                    { "POST", "/api/v1/documents/jp-us-task-force-moc/submit", KeycloakServer.METI_EDITOR },
                    { "POST", "/api/v1/webhooks", KeycloakServer.ADMIN }, { "POST", "/api/v1/documents/us-uflpa/publish", KeycloakServer.ADMIN } }) {
                cases.add(new Case(target[0] + " " + target[1] + " " + shorten(body), () -> {
                    RequestSpecification request = given().auth().oauth2(Tokens.token(target[2])).contentType("application/json").body(body);
                    return target[0].equals("PUT") ? request.put(target[1]) : request.post(target[1]);
                }));
            }
        }
        for (String payload : payloads) {
            String name = java.net.URLDecoder.decode(payload, StandardCharsets.UTF_8);
            cases.add(new Case("upload named " + shorten(name), () -> given().auth().oauth2(Tokens.token(KeycloakServer.METI_EDITOR))
                    .contentType("application/octet-stream").body(name.getBytes(StandardCharsets.UTF_8))
                    .queryParam("name", name).post("/api/v1/documents/jp-us-task-force-moc/attachments")));
        }
        return cases;
    }

    /** Sends the request on one of the senders; what is wrong with its answer goes to {@code problems}. */
    private static void check(Queue<String> problems, String label, Supplier<Response> request) {
        SENDERS.execute(() -> checkNow(problems, label, request));
    }

    private static void checkNow(Queue<String> problems, String label, Supplier<Response> request) {
        Response response;
        try {
            response = send(request);
            ANSWERED.incrementAndGet();
        } catch (Exception e) {
            // The HTTP client itself refused to send it (an illegal header byte or request line):
            // nothing reached the portal. Anything else, such as a reset connection, is a failure.
            if (!(e instanceof IllegalArgumentException || e instanceof org.apache.http.client.ClientProtocolException)) {
                problems.add(e.getClass().getSimpleName() + " for " + label);
            }
            return;
        }
        String body = response.asString();
        if (response.statusCode() >= 500) {
            problems.add(response.statusCode() + " for " + label);
        }
        for (Pattern leak : LEAKS) {
            if (leak.matcher(body).find()) {
                problems.add("'" + leak + "' shown for " + label);
            }
        }
    }

    /**
     * A request line over the server's limit is answered 414 and the connection closed with the
     * rest of the request unread; the client then sometimes sees the reset before the answer. One
     * more try tells that race from a connection the portal really dropped, which resets every time.
     */
    private static Response send(Supplier<Response> request) {
        try {
            return request.get();
        } catch (Exception e) {
            // REST Assured throws the socket's checked exception as it is.
            if (!(e instanceof java.net.SocketException)) {
                throw e;
            }
            return request.get();
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
