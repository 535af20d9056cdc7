package jpus.taskforce.portal.content;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jpus.taskforce.portal.content.ContentFiles.AgencyEntry;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.tagging.TermMatcher;
import jpus.taskforce.portal.tagging.TerminologyCheck;

/**
 * The editors' check of the knowledge base's files, beyond what loading requires: reviews older
 * than a year, sources off the issuing body's own site, single-language documents, years stated in
 * one language version and not in the other, glossary terms one version uses and the other lacks
 * (warnings), and tags of goods and regions that no sentence of the
 * document backs. {@code ./portal content check} runs it; the test suite fails on its errors.
 */
public final class ContentCheck {

    /** A review older than this is due again. */
    static final int REVIEW_MONTHS = 12;

    public enum Severity {
        ERROR, WARNING
    }

    /** One thing found, against the file that has it. */
    public record Finding(Severity severity, String file, String check, String message) {

        @Override
        public String toString() {
            return severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + check + "] " + file + ": " + message;
        }
    }

    private final ContentSnapshot content;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();

    private ContentCheck(ContentSnapshot content, LocalDate today) {
        this.content = content;
        this.today = today;
    }

    /** What a check of the folder found, errors first, and how many documents it read. */
    public record Report(int documents, List<Finding> findings) {

        public List<Finding> errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        }
    }

    public static Report run(Path root, LocalDate today) {
        ContentCheck check = new ContentCheck(ContentReader.read(root), today);
        check.content.problems().forEach(p -> check.error(p.file(), "format", p.message()));
        for (DocumentSource document : check.content.documents()) {
            check.review(document);
            check.source(document);
            check.languages(document);
            check.years(document);
            check.terminology(document);
            check.tags(document, "good", document.metadata().goods(), check.forms(check.content.goods(),
                    ContentFiles.GoodEntry::id, ContentFiles.GoodEntry::labels, ContentFiles.GoodEntry::variants));
            check.tags(document, "region", document.metadata().regions(), check.forms(check.content.regions(),
                    ContentFiles.RegionEntry::id, ContentFiles.RegionEntry::labels, ContentFiles.RegionEntry::variants));
        }
        return new Report(check.content.documents().size(), check.findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::file))
                .toList());
    }

    private void review(DocumentSource document) {
        LocalDate reviewed = document.metadata().reviewed();
        if (reviewed != null && reviewed.isBefore(today.minusMonths(REVIEW_MONTHS))) {
            warning(meta(document), "review", "facts last checked against the source on " + reviewed
                    + ", more than " + REVIEW_MONTHS + " months ago");
        }
    }

    private void source(DocumentSource document) {
        String host = URI.create(document.metadata().sourceUrl()).getHost().toLowerCase(java.util.Locale.ROOT);
        AgencyEntry agency = content.agencies().stream().filter(a -> a.id().equals(document.metadata().agency()))
                .findFirst().orElseThrow();
        List<String> sites = agency.isEditorial()
                ? content.agencies().stream().filter(a -> !a.isEditorial()).flatMap(a -> a.siteList().stream()).toList()
                : agency.siteList();
        boolean onSite = sites.stream().anyMatch(site -> host.equals(site) || host.endsWith("." + site));
        if (onSite) {
            return;
        }
        String where = agency.isEditorial() ? "the site of any issuing body in agencies.yaml"
                : "the issuing body's sites " + sites;
        if (document.sourceException() != null) {
            warning(meta(document), "source", "source " + host + " is not on " + where + "; exception: "
                    + document.sourceException());
        } else {
            error(meta(document), "source", "source " + host + " is not on " + where
                    + "; cite the issuing body's own page, or say why not in sourceException");
        }
    }

    private void languages(DocumentSource document) {
        for (Language language : Language.values()) {
            if (!document.versions().containsKey(language)) {
                warning(document.path(), "languages", "no " + language.code() + ".md (declared: "
                        + document.metadata().singleLanguageReason() + ")");
            }
        }
    }

    /** Every year stated in one language version is stated in the other. */
    private void years(DocumentSource document) {
        LanguageText en = document.versions().get(Language.EN);
        LanguageText ja = document.versions().get(Language.JA);
        if (en == null || ja == null) {
            return;
        }
        Set<Integer> english = YearMentions.in(allText(en));
        Set<Integer> japanese = YearMentions.in(allText(ja));
        Set<Integer> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(japanese);
        Set<Integer> onlyJapanese = new TreeSet<>(japanese);
        onlyJapanese.removeAll(english);
        if (!onlyEnglish.isEmpty() || !onlyJapanese.isEmpty()) {
            error(document.path(), "years", "the two versions state different years: only in en.md "
                    + onlyEnglish + ", only in ja.md " + onlyJapanese);
        }
    }

    /** The two versions use the glossary's terms for each other: warnings, since a paraphrase can be right. */
    private void terminology(DocumentSource document) {
        List<TerminologyCheck.Term> glossary = content.glossary().stream()
                .map(g -> new TerminologyCheck.Term(g.en(), g.ja(), g.variants() == null ? List.of() : g.variants()))
                .toList();
        TerminologyCheck.check(glossary, document.versions().get(Language.EN), document.versions().get(Language.JA))
                .forEach(f -> warning(document.path() + "/" + f.missingIn().code() + ".md", "terminology", f.message()));
    }

    /** Each tag is backed by a sentence in every language version of the document. */
    private void tags(DocumentSource document, String kind, List<String> tags, Map<String, Map<Language, List<String>>> forms) {
        for (String tag : tags) {
            for (var version : document.versions().entrySet()) {
                TermMatcher matcher = TermMatcher.of(forms.get(tag).get(version.getKey()));
                if (matcher.sentenceIn(version.getValue()).isEmpty()) {
                    error(document.path() + "/" + version.getKey().code() + ".md", "tags", kind + " '" + tag
                            + "' is tagged, but no sentence names it " + forms.get(tag).get(version.getKey()));
                }
            }
        }
    }

    private <T> Map<String, Map<Language, List<String>>> forms(List<T> entries, Function<T, String> id,
            Function<T, ContentFiles.Labels> labels, Function<T, ContentFiles.Variants> variants) {
        return entries.stream().collect(Collectors.toMap(id, entry -> {
            ContentFiles.Variants v = variants.apply(entry);
            return Map.of(
                    Language.EN, Stream.concat(Stream.of(labels.apply(entry).en()),
                            v == null || v.en() == null ? Stream.empty() : v.en().stream()).toList(),
                    Language.JA, Stream.concat(Stream.of(labels.apply(entry).ja()),
                            v == null || v.ja() == null ? Stream.empty() : v.ja().stream()).toList());
        }));
    }

    private static String allText(LanguageText text) {
        return String.join("\n", Stream.of(text.title(), text.summary(), text.scope(), text.enforcement(), text.body())
                .filter(java.util.Objects::nonNull).toList());
    }

    private static String meta(DocumentSource document) {
        return document.path() + "/" + ContentFiles.META;
    }

    private void error(String file, String check, String message) {
        findings.add(new Finding(Severity.ERROR, file, check, message));
    }

    private void warning(String file, String check, String message) {
        findings.add(new Finding(Severity.WARNING, file, check, message));
    }

    /**
     * {@code ContentCheck [folder]}: prints what it finds and exits with 1 when there are errors.
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "content");
        Report report = run(root, LocalDate.now());
        report.findings().forEach(System.out::println);
        int errors = report.errors().size();
        System.out.printf("Content check of %s: %d documents, %d errors, %d warnings%n", root, report.documents(), errors,
                report.findings().size() - errors);
        System.exit(errors > 0 ? 1 : 0);
    }
}
