package jpus.taskforce.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The queries the benchmark sends, as readers would type them: generated (fixed seed) from the
 * corpus's own glossary, topic labels, document titles and citations, in English, Japanese and
 * across the two, one to five words, some with filters, some misspelt, quoted or finding nothing.
 * The load sends them in a Zipf-like order: a few queries often, most rarely, as on a real site.
 */
final class QueryMix {

    /** One query: how a reader would ask it through the API and the search page. */
    record Query(String kind, String lang, String q, String filters) {
        String apiPath() {
            return "/api/v1/documents?q=" + enc(q) + "&lang=" + lang + filters;
        }

        String pagePath() {
            return "/" + lang + "/search?q=" + enc(q) + filters;
        }

        /** True for the queries meant to find nothing. */
        boolean expectsNoHits() {
            return kind.equals("no-hit");
        }
    }

    /** Distinct queries generated; the mix needs at least 300. */
    static final int DISTINCT = 360;
    private static final String[] TYPES = {"law", "guidance", "regulation", "policy", "best-practice", "report"};
    private static final String[] GOVERNMENTS = {"JP", "US", "INTL", "JOINT"};
    private static final String[] NO_HIT = {"zyxwvut", "quantum blockchain ledger", "qwertyuiop asdf", "ゾルゲンフィルター",
            "xylophone tariff", "moonbase regulations", "ピクセル宇宙船", "flibbertigibbet", "kryptonite supply",
            "暗黒物質 調達", "unobtainium audit", "gobbledygook"};
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");
    private static final Pattern CITATION = Pattern.compile("(?m)^citation:\\s*\"?(.*?)\"?\\s*$");

    private record Term(String en, String ja) {
    }

    private QueryMix() {
    }

    /** The distinct queries for a corpus folder (content/ or a generated one). */
    static List<Query> distinct(Path corpus, long seed) throws IOException {
        Random random = new Random(seed);
        ObjectMapper yaml = new YAMLMapper();
        List<Term> glossary = yaml.readValue(corpus.resolve("glossary.yaml").toFile(),
                new TypeReference<List<Map<String, Object>>>() {
                }).stream().map(g -> new Term((String) g.get("en"), (String) g.get("ja"))).toList();
        List<Term> topics = new ArrayList<>();
        List<String> topicIds = new ArrayList<>();
        for (Map<String, Object> t : yaml.readValue(corpus.resolve("topics.yaml").toFile(),
                new TypeReference<List<Map<String, Object>>>() {
                })) {
            @SuppressWarnings("unchecked")
            Map<String, String> labels = (Map<String, String>) t.get("labels");
            topics.add(new Term(labels.get("en"), labels.get("ja")));
            topicIds.add((String) t.get("id"));
        }
        List<String> titlesEn = new ArrayList<>();
        List<String> titlesJa = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus.resolve("documents"))) {
            for (Path folder : folders.sorted().limit(600).toList()) {
                first(TITLE, folder.resolve("en.md")).ifPresent(titlesEn::add);
                first(TITLE, folder.resolve("ja.md")).ifPresent(titlesJa::add);
                first(CITATION, folder.resolve("meta.yaml")).ifPresent(citations::add);
            }
        }

        Map<String, Query> queries = new LinkedHashMap<>();
        int guard = 0;
        while (queries.size() < DISTINCT && guard++ < DISTINCT * 50) {
            Query q = switch (random.nextInt(20)) {
                case 0, 1, 2 -> new Query("en", "en", pick(random, glossary).en(), filter(random, topicIds));
                case 3, 4, 5 -> new Query("ja", "ja", pick(random, glossary).ja(), filter(random, topicIds));
                case 6, 7 -> random.nextBoolean()
                        ? new Query("cross", "en", pick(random, glossary).ja(), filter(random, topicIds))
                        : new Query("cross", "ja", pick(random, glossary).en(), filter(random, topicIds));
                case 8 -> random.nextBoolean() ? new Query("topic", "en", pick(random, topics).en().toLowerCase(Locale.ROOT), "")
                        : new Query("topic", "ja", pick(random, topics).ja(), "");
                case 9, 10 -> random.nextBoolean()
                        ? new Query("en", "en", pick(random, glossary).en() + " " + pick(random, glossary).en(), filter(random, topicIds))
                        : new Query("ja", "ja", pick(random, glossary).ja() + " " + pick(random, glossary).ja(), filter(random, topicIds));
                case 11 -> new Query("cross", "en", pick(random, glossary).ja() + " " + pick(random, glossary).en(), "");
                case 12, 13 -> titleWords(random, titlesEn, titlesJa);
                case 14 -> citations.isEmpty() ? null : new Query("citation", random.nextBoolean() ? "en" : "ja",
                        pick(random, citations), "");
                case 15, 16 -> typo(random, glossary);
                case 17 -> new Query("phrase", random.nextBoolean() ? "en" : "ja", "\"" + pick(random, glossary).en() + "\"",
                        filter(random, topicIds));
                case 18 -> new Query("phrase", "ja", "\"" + pick(random, glossary).ja() + "\"", "");
                default -> new Query("no-hit", random.nextBoolean() ? "en" : "ja", pick(random, List.of(NO_HIT)), "");
            };
            if (q != null && words(q.q()) <= 5 && !q.q().isBlank()) {
                queries.putIfAbsent(q.lang() + "|" + q.q() + "|" + q.filters(), q);
            }
        }
        if (queries.size() < 300) {
            throw new IllegalStateException("Only " + queries.size() + " distinct queries could be generated from " + corpus);
        }
        return List.copyOf(queries.values());
    }

    /**
     * The order the load sends them in: {@code length} draws where the query of rank r comes with a
     * probability proportional to 1/r (Zipf, s = 1), ranks assigned at random.
     */
    static List<Query> zipfOrder(List<Query> distinct, int length, long seed) {
        Random random = new Random(seed);
        List<Query> ranked = new ArrayList<>(distinct);
        Collections.shuffle(ranked, random);
        double[] cumulative = new double[ranked.size()];
        double sum = 0;
        for (int r = 0; r < ranked.size(); r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        List<Query> order = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            double x = random.nextDouble() * sum;
            int at = java.util.Arrays.binarySearch(cumulative, x);
            order.add(ranked.get(at >= 0 ? at : -at - 1));
        }
        return order;
    }

    /** A facet filter on about a third of the queries. */
    private static String filter(Random random, List<String> topicIds) {
        return switch (random.nextInt(9)) {
            case 0 -> "&government=" + GOVERNMENTS[random.nextInt(GOVERNMENTS.length)];
            case 1 -> "&type=" + TYPES[random.nextInt(TYPES.length)];
            case 2 -> "&topic=" + topicIds.get(random.nextInt(topicIds.size()));
            default -> "";
        };
    }

    /** Two to four consecutive words of a title, as a reader remembers it. */
    private static Query titleWords(Random random, List<String> en, List<String> ja) {
        if (random.nextBoolean() && !en.isEmpty()) {
            String[] words = pick(random, en).replaceAll("[():,\"]", " ").trim().split("\\s+");
            int n = Math.min(words.length, 2 + random.nextInt(3));
            int from = random.nextInt(words.length - n + 1);
            return new Query("title", "en", String.join(" ", List.of(words).subList(from, from + n)).toLowerCase(Locale.ROOT), "");
        }
        if (ja.isEmpty()) {
            return null;
        }
        String title = pick(random, ja).replaceAll("[（）「」()、。\"]", "");
        int length = Math.min(title.length(), 4 + random.nextInt(6));
        int from = random.nextInt(title.length() - length + 1);
        return new Query("title", "ja", title.substring(from, from + length), "");
    }

    /** An English glossary term with one letter dropped, doubled or swapped, as typed in a hurry. */
    private static Query typo(Random random, List<Term> glossary) {
        String term = pick(random, glossary).en();
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i < term.length() - 1; i++) {
            if (Character.isLetter(term.charAt(i)) && Character.isLetter(term.charAt(i + 1))) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return null;
        }
        int i = pick(random, letters);
        String misspelt = switch (random.nextInt(3)) {
            case 0 -> term.substring(0, i) + term.substring(i + 1);
            case 1 -> term.substring(0, i) + term.charAt(i) + term.substring(i);
            default -> term.substring(0, i) + term.charAt(i + 1) + term.charAt(i) + term.substring(i + 2);
        };
        return new Query("typo", "en", misspelt, "");
    }

    private static int words(String q) {
        return q.trim().split("\\s+").length;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static java.util.Optional<String> first(Pattern pattern, Path file) throws IOException {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Matcher m = pattern.matcher(Files.readString(file));
        return m.find() && !m.group(1).isBlank() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
