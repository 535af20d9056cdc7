package jpus.taskforce.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a synthetic bilingual content folder in the portal's own format (docs/content-format.md)
 * that passes its strict validation. Deterministic: document {@code i} depends only on the seed
 * and {@code i}, so the 1k corpus is the first 1k documents of the 10k and the 100k ones.
 * <p>
 * The vocabularies (agencies, topics, glossary) are the real ones from {@code content/}, copied
 * as they are. Text is composed from (a) sentences of the real documents' own bodies and (b)
 * templates filled with the glossary's English–Japanese term pairs, sectors and regions, the same
 * concept appearing in both language versions of a document, so English, Japanese and
 * cross-language (glossary) queries all find realistic, varied numbers of hits. A fifth
 * of the documents carry a long "annex" passage standing in for attachment text.
 *
 * <pre>java -cp ... jpus.taskforce.benchmark.CorpusGenerator --docs 10000 --seed 42 --source content --out DIR</pre>
 */
public final class CorpusGenerator {

    /** Bump when the output changes, so a cached corpus is regenerated. */
    static final int VERSION = 3;
    static final String MARKER = ".corpus";

    record Agency(String id, String government, Map<String, String> labels, List<String> sites, Boolean editorial) {

        boolean isEditorial() {
            return Boolean.TRUE.equals(editorial);
        }
    }

    record Topic(String id, Map<String, String> labels) {
    }

    record Term(String en, String ja) {
    }

    private static final String[][] TYPES = {
            // code, en label, ja label, weight
            {"guidance", "Guidance", "ガイダンス", "22"}, {"law", "Act", "法", "12"},
            {"regulation", "Regulation", "規則", "10"}, {"policy", "Policy", "政策", "10"},
            {"best-practice", "Good practice note", "実務上の留意点", "18"}, {"report", "Report", "報告書", "14"},
            {"agreement", "Agreement", "協定", "6"}, {"meeting-record", "Meeting record", "会合記録", "8"}};
    private static final String[][] SECTORS = {
            {"cotton and apparel", "綿・アパレル"}, {"polysilicon and solar panels", "ポリシリコン・太陽光パネル"},
            {"electronics", "電子機器"}, {"seafood", "水産物"}, {"palm oil", "パーム油"},
            {"automotive parts", "自動車部品"}, {"cocoa", "カカオ"}, {"construction", "建設"},
            {"agriculture", "農業"}, {"mining and minerals", "鉱物・採掘"}, {"tomatoes", "トマト"},
            {"rubber gloves", "ゴム手袋"}, {"fishing vessels", "漁船"}, {"textiles", "繊維"},
            {"food processing", "食品加工"}, {"logistics", "物流"}, {"nursing care", "介護"},
            {"batteries", "蓄電池"}, {"aluminum", "アルミニウム"}, {"steel", "鉄鋼"}};
    private static final String[][] REGIONS = {
            {"Xinjiang", "新疆"}, {"Southeast Asia", "東南アジア"}, {"South Asia", "南アジア"},
            {"West Africa", "西アフリカ"}, {"Central America", "中米"}, {"Japan", "日本"},
            {"the United States", "米国"}, {"Malaysia", "マレーシア"}, {"Thailand", "タイ"},
            {"Vietnam", "ベトナム"}, {"Bangladesh", "バングラデシュ"}, {"Brazil", "ブラジル"},
            {"the Democratic Republic of the Congo", "コンゴ民主共和国"}, {"Myanmar", "ミャンマー"},
            {"Indonesia", "インドネシア"}, {"the Philippines", "フィリピン"}};
    private static final String[][] ACTORS = {
            {"importers", "輸入者"}, {"suppliers", "サプライヤー"}, {"buyers", "バイヤー"},
            {"contractors", "契約者"}, {"recruitment agencies", "人材紹介事業者"}, {"auditors", "監査人"},
            {"investors", "投資家"}, {"small and medium-sized enterprises", "中小企業"},
            {"trade unions", "労働組合"}, {"business associations", "業界団体"}};
    private static final String[][] PROCESSES = {
            {"supplier questionnaires", "サプライヤー調査票"}, {"contract clauses", "契約条項"},
            {"risk assessments", "リスク評価"}, {"corrective action plans", "是正措置計画"},
            {"traceability records", "トレーサビリティ記録"}, {"annual reports", "年次報告"},
            {"procurement decisions", "調達判断"}, {"grievance procedures", "苦情処理手続"},
            {"worker interviews", "労働者への聞き取り"}, {"onboarding of new suppliers", "新規取引先の審査"}};
    private static final String[][] ANNEXES = {
            {"Frequently asked questions", "よくある質問"}, {"Case studies", "事例集"},
            {"Checklist for companies", "企業向けチェックリスト"}, {"Summary of public comments", "意見募集の結果概要"},
            {"Statistical annex", "統計資料"}, {"Glossary of terms", "用語集"}, {"Implementation timeline", "実施スケジュール"}};

    // Sentence templates: {t} glossary term, {s} sector, {r} region, {a} actors, {p} process, {y} year,
    // {g} agency label, {o} topic label. The same fillers are used for the English and Japanese sentence.
    private static final String[][] TEMPLATES = {
            {"Companies sourcing {s} from {r} should address {t} in their {p}.",
                    "{r}から{s}を調達する企業は、{p}において{t}に対応する必要があります。"},
            {"The {g} expects {a} to explain how they identify and prevent {t}.",
                    "{g}は、{a}が{t}をどのように特定し、防止しているかを説明することを求めています。"},
            {"Since {y}, reports on {o} have paid particular attention to {t} in the {s} sector.",
                    "{y}年以降、{o}に関する報告では、{s}分野における{t}が特に注目されています。"},
            {"{a} in {r} told the task force that {t} remains the most difficult issue to verify.",
                    "{r}の{a}は、{t}が依然として最も確認の難しい課題であるとタスクフォースに説明しました。"},
            {"Where {t} is found, {a} are expected to work with suppliers on remediation rather than leave at once.",
                    "{t}が確認された場合、{a}は直ちに取引を停止するのではなく、サプライヤーと協力して救済に取り組むことが期待されます。"},
            {"The guidance lists {t} among the indicators that {a} should check during {p}.",
                    "本ガイダンスは、{a}が{p}の際に確認すべき指標の一つとして{t}を挙げています。"},
            {"In the {s} sector, evidence of {t} has led to detentions of shipments from {r}.",
                    "{s}分野では、{t}の証拠を理由に{r}からの貨物が留置された例があります。"},
            {"Both governments agreed in {y} to exchange information on {t} and on {o}.",
                    "日米両政府は{y}年、{t}及び{o}に関する情報交換を行うことで一致しました。"},
            {"The {g} published updated material on {o} in {y}, with a chapter on {t}.",
                    "{g}は{y}年に{o}に関する資料を改訂し、{t}に関する章を設けました。"},
            {"Training for {a} covers {t}, with examples from {r} and the {s} sector.",
                    "{a}向けの研修では、{r}及び{s}分野の事例を用いて{t}を扱います。"},
            {"A company's {p} should record who checked {t}, when and with what result.",
                    "企業の{p}には、{t}を誰が、いつ、どのような結果で確認したかを記録する必要があります。"},
            {"Stakeholders asked that future work on {o} give more weight to {t}.",
                    "ステークホルダーからは、{o}に関する今後の取組において{t}をより重視するよう求める意見がありました。"}};

    private static final Pattern HEADING = Pattern.compile("^#+\\s.*");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*]|\\d+\\.)\\s+");

    private final long seed;
    private final List<Agency> agencies;
    private final List<Topic> topics;
    private final List<Term> terms;
    private final List<String> englishSentences;
    private final List<String> japaneseSentences;

    CorpusGenerator(long seed, Path source) throws IOException {
        this.seed = seed;
        ObjectMapper yaml = new YAMLMapper();
        this.agencies = yaml.readValue(source.resolve("agencies.yaml").toFile(), new TypeReference<List<Agency>>() {
        });
        List<Map<String, Object>> rawTopics = yaml.readValue(source.resolve("topics.yaml").toFile(),
                new TypeReference<List<Map<String, Object>>>() {
                });
        this.topics = new ArrayList<>();
        for (Map<String, Object> t : rawTopics) {
            @SuppressWarnings("unchecked")
            Map<String, String> labels = (Map<String, String>) t.get("labels");
            topics.add(new Topic((String) t.get("id"), labels));
        }
        List<Map<String, Object>> rawGlossary = yaml.readValue(source.resolve("glossary.yaml").toFile(),
                new TypeReference<List<Map<String, Object>>>() {
                });
        // Noun phrases only (not "cause" / 引き起こす), short enough for a title, in the file's order
        // (core concepts first), which the Zipf-like choice turns into common and rare terms.
        this.terms = rawGlossary.stream().map(g -> new Term((String) g.get("en"), (String) g.get("ja")))
                .filter(t -> !t.ja().endsWith("する") && !t.ja().endsWith("こと") && t.en().length() <= 40
                        && Character.isLowerCase(t.en().charAt(0)))
                .toList();
        Set<String> en = new LinkedHashSet<>();
        Set<String> ja = new LinkedHashSet<>();
        try (Stream<Path> folders = Files.list(source.resolve("documents"))) {
            for (Path folder : folders.sorted().toList()) {
                harvest(folder.resolve("en.md"), en, false);
                harvest(folder.resolve("ja.md"), ja, true);
            }
        }
        this.englishSentences = List.copyOf(en);
        this.japaneseSentences = List.copyOf(ja);
    }

    /** Sentences of a real document's body, without headings, list marks and emphasis. */
    private static void harvest(Path file, Set<String> into, boolean japanese) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---", 3);
        String body = end < 0 ? text : text.substring(end + 4);
        for (String line : body.split("\n")) {
            if (line.isBlank() || HEADING.matcher(line).matches() || line.startsWith("|")) {
                continue;
            }
            String clean = LIST_MARK.matcher(line).replaceFirst("").replace("**", "").replace("`", "").strip();
            String[] parts = japanese ? clean.split("(?<=。)") : clean.split("(?<=[.;])\\s+(?=[A-Z(])");
            for (String part : parts) {
                String s = part.strip();
                int min = japanese ? 20 : 40;
                if (s.length() >= min && s.length() <= 400 && !s.contains("Official source") && !s.contains("公式")) {
                    into.add(s);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int docs = 1000;
        long seed = 42;
        Path source = Path.of("content");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--source" -> source = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        generate(docs, seed, source, out);
    }

    /** Generates the corpus into {@code out} unless the same corpus is already there. */
    static void generate(int docs, long seed, Path source, Path out) throws IOException {
        String marker = "version=" + VERSION + " seed=" + seed + " docs=" + docs + "\n";
        Path markerFile = out.resolve(MARKER);
        if (Files.exists(markerFile) && Files.readString(markerFile).equals(marker)) {
            System.out.printf("Corpus of %d documents already in %s%n", docs, out);
            return;
        }
        deleteTree(out);
        Files.createDirectories(out.resolve("documents"));
        for (String f : List.of("agencies.yaml", "topics.yaml", "glossary.yaml", "goods.yaml", "regions.yaml")) {
            Files.copy(source.resolve(f), out.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        CorpusGenerator generator = new CorpusGenerator(seed, source);
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            bytes += generator.writeDocument(i, out.resolve("documents"));
            if ((i + 1) % 10000 == 0) {
                System.out.printf("  %d documents written%n", i + 1);
            }
        }
        Files.writeString(markerFile, marker);
        System.out.printf("Generated %d documents (%.1f MB of text, %d English and %d Japanese source sentences) in %s in %.1f s%n",
                docs, bytes / 1e6, generator.englishSentences.size(), generator.japaneseSentences.size(), out,
                (System.nanoTime() - start) / 1e9);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- one document ----

    private final class Fill {
        final Random random;
        final Term mainTerm;
        final List<Term> docTerms = new ArrayList<>();
        final String[] sector;
        final String[] region;
        final Agency agency;
        final List<Topic> docTopics;
        final int year;

        Fill(Random random, Agency agency, List<Topic> docTopics, int year) {
            this.random = random;
            this.agency = agency;
            this.docTopics = docTopics;
            this.year = year;
            // A Zipf-like choice: a few glossary terms are very common, most are rare.
            this.mainTerm = terms.get(zipf(random, terms.size(), 1.1));
            docTerms.add(mainTerm);
            for (int k = 0; k < 3; k++) {
                docTerms.add(terms.get(zipf(random, terms.size(), 1.0)));
            }
            this.sector = SECTORS[zipf(random, SECTORS.length, 0.8)];
            this.region = REGIONS[zipf(random, REGIONS.length, 0.8)];
        }

        /** One English and Japanese sentence pair: templated (shared fillers) or from the real documents. */
        String[] sentence() {
            if (random.nextInt(100) < 45) {
                return new String[] {englishSentences.get(random.nextInt(englishSentences.size())),
                        japaneseSentences.get(random.nextInt(japaneseSentences.size()))};
            }
            String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            Term term = random.nextInt(3) == 0 ? docTerms.get(random.nextInt(docTerms.size())) : mainTerm;
            String[] sec = random.nextInt(4) == 0 ? SECTORS[random.nextInt(SECTORS.length)] : sector;
            String[] reg = random.nextInt(4) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : region;
            String[] actor = ACTORS[random.nextInt(ACTORS.length)];
            String[] process = PROCESSES[random.nextInt(PROCESSES.length)];
            Topic topic = docTopics.get(random.nextInt(docTopics.size()));
            int y = year - random.nextInt(5);
            String en = template[0].replace("{t}", term.en()).replace("{s}", sec[0]).replace("{r}", reg[0])
                    .replace("{a}", actor[0]).replace("{p}", process[0]).replace("{y}", String.valueOf(y))
                    .replace("{g}", stripParens(agency.labels().get("en")))
                    .replace("{o}", topic.labels().get("en").toLowerCase(Locale.ROOT));
            String ja = template[1].replace("{t}", term.ja()).replace("{s}", sec[1]).replace("{r}", reg[1])
                    .replace("{a}", actor[1]).replace("{p}", process[1]).replace("{y}", String.valueOf(y))
                    .replace("{g}", agency.labels().get("ja")).replace("{o}", topic.labels().get("ja"));
            return new String[] {Character.toUpperCase(en.charAt(0)) + en.substring(1), ja};
        }
    }

    private static String stripParens(String label) {
        int i = label.indexOf(" (");
        return i < 0 ? label : label.substring(0, i);
    }

    /** Writes document {@code index}; returns the bytes written. */
    long writeDocument(int index, Path documents) throws IOException {
        Random random = new Random(seed * 1_000_003L + index);
        Agency agency = agencies.get(random.nextInt(agencies.size()));
        String[] type = weighted(random);
        List<Topic> docTopics = new ArrayList<>();
        int topicCount = 1 + random.nextInt(4);
        while (docTopics.size() < topicCount) {
            Topic t = topics.get(zipf(random, topics.size(), 0.9));
            if (!docTopics.contains(t)) {
                docTopics.add(t);
            }
        }
        int year = 1995 + (int) Math.round(30 * Math.sqrt(random.nextDouble()));
        year = Math.min(year, 2025);
        Fill fill = new Fill(random, agency, docTopics, year);
        String slug = agency.id() + "-" + type[0] + "-" + String.format("%06d", index);
        boolean binding = type[0].equals("law") || type[0].equals("regulation");
        int statusRoll = random.nextInt(100);
        String status = statusRoll < 80 ? "in-force" : statusRoll < 90 ? "superseded" : statusRoll < 95 ? "proposed" : "archived";
        boolean englishOnly = random.nextInt(100) < 4;

        StringBuilder meta = new StringBuilder();
        meta.append("type: ").append(type[0]).append('\n');
        meta.append("government: ").append(agency.government()).append('\n');
        meta.append("agency: ").append(agency.id()).append('\n');
        meta.append("topics: [").append(String.join(", ", docTopics.stream().map(Topic::id).toList())).append("]\n");
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int precision = random.nextInt(100);
        meta.append("issued: ").append(precision < 85 ? String.format("%d-%02d-%02d", year, month, day)
                : precision < 95 ? String.format("%d-%02d", year, month) : String.valueOf(year)).append('\n');
        if (binding) {
            meta.append("effective: ").append(String.format("%d-%02d-%02d", Math.min(year + 1, 2026), month, day)).append('\n');
        }
        meta.append("status: ").append(status).append('\n');
        meta.append("binding: ").append(binding).append('\n');
        meta.append("provenance: ").append(agency.isEditorial() ? "editorial" : "official").append('\n');
        meta.append("reviewed: ").append(String.format("2026-%02d-%02d", 1 + random.nextInt(11), 1 + random.nextInt(28)))
                .append('\n');
        if (binding && random.nextBoolean()) {
            meta.append("citation: \"").append(agency.government().equals("JP")
                    ? "令和" + (1 + random.nextInt(7)) + "年法律第" + (1 + random.nextInt(90)) + "号"
                    : (10 + random.nextInt(40)) + " U.S.C. " + (100 + random.nextInt(4000))).append("\"\n");
        }
        meta.append("sourceUrl: https://www.example.").append(agency.government().toLowerCase(Locale.ROOT))
                .append(".gov/").append(agency.id()).append("/documents/").append(index).append('\n');
        if (random.nextInt(100) < 3) {
            meta.append("visibility: restricted\n");
        }
        if (englishOnly) {
            meta.append("singleLanguage: {language: en, reason: \"Published by the issuing body in English only.\"}\n");
        }

        // Length: log-normal number of sentences (median ~32: ~650 English words, ~1,800 Japanese
        // characters), a fifth of documents with an annex (attachment text) of 40-200 more sentences.
        int sentences = (int) Math.max(8, Math.min(400, Math.round(Math.exp(Math.log(32) + 0.6 * random.nextGaussian()))));
        int annex = random.nextInt(100) < 20 ? 40 + random.nextInt(160) : 0;
        String[] annexTitle = ANNEXES[random.nextInt(ANNEXES.length)];

        String typeEn = type[1];
        String typeJa = type[2];
        Term term = fill.mainTerm;
        String titleEn = capitalize(typeEn + " on " + term.en() + " in the " + fill.sector[0] + " sector (" + year + ")");
        String titleJa = fill.sector[1] + "分野における" + term.ja() + "に関する" + typeJa + "（" + year + "年）";
        String summaryEn = "Sets out what " + ACTORS[random.nextInt(ACTORS.length)][0] + " should know about "
                + term.en() + " and " + docTopics.get(0).labels().get("en").toLowerCase(Locale.ROOT)
                + ", with a focus on supply chains that run through " + fill.region[0] + ".";
        String summaryJa = fill.region[1] + "を経由するサプライチェーンを中心に、" + term.ja() + "及び"
                + docTopics.get(0).labels().get("ja") + "について企業が知っておくべき事項を示します。";

        StringBuilder en = new StringBuilder();
        StringBuilder ja = new StringBuilder();
        String[][] headings = {{"Overview", "概要"}, {"Key requirements", "主な内容"},
                {"Who it applies to", "対象者"}, {"What it means for companies", "企業にとっての意味"}};
        int perSection = Math.max(2, sentences / headings.length);
        for (String[] heading : headings) {
            en.append("## ").append(heading[0]).append("\n\n");
            ja.append("## ").append(heading[1]).append("\n\n");
            boolean list = heading[0].startsWith("Key") || heading[0].startsWith("What");
            paragraphs(fill, perSection, list, en, ja);
        }
        if (annex > 0) {
            en.append("## Annex: ").append(annexTitle[0]).append("\n\n");
            ja.append("## 別添：").append(annexTitle[1]).append("\n\n");
            paragraphs(fill, annex, false, en, ja);
        }
        en.append("## Official source\n\n").append(stripParens(agency.labels().get("en"))).append(", ").append(year).append(".\n");
        ja.append("## 公式情報源\n\n").append(agency.labels().get("ja")).append("（").append(year).append("年）\n");

        Path folder = documents.resolve(slug);
        Files.createDirectories(folder);
        long bytes = write(folder.resolve("meta.yaml"), meta.toString());
        bytes += write(folder.resolve("en.md"), frontMatter(titleEn, summaryEn) + en);
        if (!englishOnly) {
            bytes += write(folder.resolve("ja.md"), frontMatter(titleJa, summaryJa) + ja);
        }
        return bytes;
    }

    private static void paragraphs(Fill fill, int count, boolean list, StringBuilder en, StringBuilder ja) {
        int written = 0;
        while (written < count) {
            int size = Math.min(count - written, 2 + fill.random.nextInt(5));
            boolean asList = list && fill.random.nextBoolean();
            for (int k = 0; k < size; k++) {
                String[] pair = fill.sentence();
                if (asList) {
                    en.append("- ").append(pair[0]).append('\n');
                    ja.append("- ").append(pair[1]).append('\n');
                } else {
                    en.append(pair[0]).append(k + 1 < size ? " " : "\n");
                    ja.append(pair[1]);
                }
            }
            if (!asList) {
                ja.append('\n');
            }
            en.append('\n');
            ja.append('\n');
            written += size;
        }
    }

    private static String frontMatter(String title, String summary) {
        return "---\ntitle: " + quote(title) + "\nsummary: " + quote(summary) + "\n---\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static String[] weighted(Random random) {
        int total = 0;
        for (String[] t : TYPES) {
            total += Integer.parseInt(t[3]);
        }
        int roll = random.nextInt(total);
        for (String[] t : TYPES) {
            roll -= Integer.parseInt(t[3]);
            if (roll < 0) {
                return t;
            }
        }
        return TYPES[0];
    }

    /** An index in [0, n) drawn with probability proportional to 1/(rank+1)^s. */
    static int zipf(Random random, int n, double s) {
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1 / Math.pow(k, s);
        }
        double roll = random.nextDouble() * total;
        for (int k = 1; k <= n; k++) {
            roll -= 1 / Math.pow(k, s);
            if (roll <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }
}
