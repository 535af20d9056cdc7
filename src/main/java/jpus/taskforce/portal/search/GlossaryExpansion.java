package jpus.taskforce.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.tagging.TermMatcher;

/**
 * Bridges the two languages at query time: every glossary term found in a query is replaced by an
 * OR group of the words as typed and the forms of that term, so 「強制労働」 also finds "forced
 * labor" and "grievance mechanism" also finds 苦情処理メカニズム.
 * <p>
 * A query is expanded once per language side of the index: the English side receives the term's
 * Latin forms, the Japanese side its Japanese forms, and each side's fields are searched only with
 * its own (a Japanese form on an English field costs the engine and finds nothing). The words as
 * typed go to both sides when Latin (Japanese text quotes acronyms such as UFLPA), and to the
 * Japanese side only when Japanese.
 * <p>
 * Expanding the query rather than configuring synonym filters in the index keeps the glossary
 * editable without reindexing, on any Elasticsearch or OpenSearch version. The output is in the
 * reader's simple query syntax, which the engine parses as usual.
 */
public final class GlossaryExpansion {

    /** One glossary entry: all the forms that mean the same thing, as written. */
    public record Term(List<String> forms) {
        public Term {
            forms = List.copyOf(forms);
        }
    }

    /**
     * A term as queries are expanded with it: the alternatives each side searches besides the words
     * as typed, keyed by American spelling (see {@link #group}), worked out once per glossary.
     */
    private record Entry(Term term, Map<Language, Map<String, String>> alternatives) {

        static Entry of(Term term) {
            Map<Language, Map<String, String>> alternatives = new EnumMap<>(Language.class);
            for (Language side : Language.values()) {
                alternatives.put(side, new LinkedHashMap<>());
            }
            for (String form : term.forms()) {
                String normalized = normalize(form);
                Language side = isJapanese(normalized) ? Language.JA : Language.EN;
                alternatives.get(side).putIfAbsent(americanSpelling(normalized), allWords(escape(normalized)));
            }
            alternatives.replaceAll((side, forms) -> Collections.unmodifiableMap(forms));
            return new Entry(term, Collections.unmodifiableMap(alternatives));
        }
    }

    private record Form(String normalized, Entry entry) {
    }

    private record Span(int start, int end, Entry entry) {
    }

    private static final int MIN_FORM_LENGTH = 2;

    private final List<Form> forms;

    private GlossaryExpansion(List<Form> forms) {
        this.forms = forms;
    }

    public static GlossaryExpansion of(List<Term> terms) {
        List<Form> forms = new ArrayList<>();
        for (Term term : terms) {
            Entry entry = Entry.of(term);
            for (String form : term.forms()) {
                String normalized = normalize(form);
                if (normalized.length() >= MIN_FORM_LENGTH) {
                    forms.add(new Form(normalized, entry));
                }
            }
        }
        // Longest first, so "human rights due diligence" wins over "due diligence".
        forms.sort(Comparator.comparingInt((Form f) -> f.normalized().length()).reversed());
        return new GlossaryExpansion(List.copyOf(forms));
    }

    /**
     * A query split into the glossary terms it names (each as a group of equivalents per side, in
     * the same order on both sides) and the rest of its words; {@code terms} are those it names, in
     * the order it names them.
     */
    public record Parts(Map<Language, List<String>> groups, String otherWords, List<Term> terms) {

        public boolean hasGroups() {
            return !groups.get(Language.EN).isEmpty();
        }

        /** The groups of one side, joined: each group is a required clause. */
        public String groups(Language side) {
            return String.join(" ", groups.get(side));
        }
    }

    public Parts split(String query) {
        String text = normalize(query);
        List<Span> spans = spans(text);
        Map<Language, List<String>> groups = new EnumMap<>(Language.class);
        for (Language side : Language.values()) {
            groups.put(side, new ArrayList<>());
        }
        StringBuilder rest = new StringBuilder();
        int cursor = 0;
        for (Span span : spans) {
            rest.append(text, cursor, span.start()).append(' ');
            for (Language side : Language.values()) {
                groups.get(side).add(group(text.substring(span.start(), span.end()), span.entry(), side));
            }
            cursor = span.end();
        }
        rest.append(text.substring(cursor));
        groups.replaceAll((side, list) -> List.copyOf(list));
        List<Term> terms = spans.stream().map(span -> span.entry().term()).distinct().toList();
        return new Parts(groups, rest.toString().replaceAll("\\s+", " ").strip(), terms);
    }

    /**
     * The query for one side, each glossary term it contains turned into a group of the side's
     * equivalents; unchanged if it names none.
     */
    public String expand(String query, Language side) {
        String text = normalize(query);
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return query;
        }
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (Span span : spans) {
            out.append(text, cursor, span.start());
            out.append(group(text.substring(span.start(), span.end()), span.entry(), side));
            cursor = span.end();
        }
        out.append(text.substring(cursor));
        return out.toString();
    }

    private List<Span> spans(String text) {
        boolean[] taken = protectedPositions(text);
        List<Span> spans = new ArrayList<>();
        for (Form form : forms) {
            int from = 0;
            int at;
            while ((at = text.indexOf(form.normalized(), from)) >= 0) {
                int end = at + form.normalized().length();
                if (isFree(taken, at, end) && atWordBoundaries(text, at, end) && !excluded(text, at)) {
                    spans.add(new Span(at, end, form.entry()));
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                }
                from = at + 1;
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /**
     * The alternatives one side searches for a term: the words as typed and the term's forms in the
     * side's script, each with all its words required ('+') but in any order, which finds the same
     * documents as a phrase without reading positions; phrases only rank (see TextQuery).
     */
    private static String group(String typed, Entry entry, Language side) {
        // Keyed by American spelling: the English analysis reads "forced labour" as "forced labor",
        // and the same words twice in a group would count the concept twice in each document.
        Map<String, String> alternatives = new LinkedHashMap<>();
        if (side == Language.JA || !isJapanese(typed)) {
            alternatives.put(americanSpelling(typed), allWords(typed));
        }
        entry.alternatives().get(side).forEach(alternatives::putIfAbsent);
        return alternatives.size() == 1 ? alternatives.values().iterator().next()
                : "(" + String.join(" | ", alternatives.values()) + ")";
    }

    private static String americanSpelling(String words) {
        String spelled = " " + words + " ";
        for (String[] pair : SearchAnalysis.BRITISH_SPELLINGS) {
            spelled = spelled.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        return spelled.strip();
    }

    private static String allWords(String words) {
        return words.contains(" ") ? "(" + words.replace(" ", " + ") + ")" : words;
    }

    /** Characters of the reader's syntax inside a glossary form are literal. */
    private static String escape(String form) {
        return form.replaceAll("([\\\\\"|()*~+\\-])", "\\\\$1");
    }

    /** Japanese script (kana, kanji, full-width forms) anywhere in the text. */
    static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3000);
    }

    /** Quoted phrases are the reader's exact words: they are never expanded. */
    private static boolean[] protectedPositions(String text) {
        boolean[] taken = new boolean[text.length()];
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                inQuotes = !inQuotes;
                taken[i] = true;
            } else {
                taken[i] = inQuotes;
            }
        }
        return taken;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** A word the reader excluded with '-' stays excluded as written. */
    private static boolean excluded(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '-';
    }

    /**
     * Latin forms must stand as whole words ("labor" is not inside "laboratory"); Japanese has no
     * spaces, so a Japanese form may sit anywhere in a run of text, except a single kanji, which
     * must not touch another (金, gold, is not inside 賃金, wages).
     */
    private static boolean atWordBoundaries(String text, int start, int end) {
        if (TermMatcher.isSingleKanji(text.substring(start, end))) {
            return !isKanji(text, start - 1) && !isKanji(text, end);
        }
        return boundary(text, start - 1, text.charAt(start)) && boundary(text, end, text.charAt(end - 1));
    }

    private static boolean isKanji(String text, int at) {
        return at >= 0 && at < text.length() && Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN;
    }

    private static boolean boundary(String text, int outside, char inside) {
        if (outside < 0 || outside >= text.length() || !isLatinWordChar(inside)) {
            return true;
        }
        return !isLatinWordChar(text.charAt(outside));
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    /** Width-folded, lower-cased, single-spaced: how forms and queries are compared. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
