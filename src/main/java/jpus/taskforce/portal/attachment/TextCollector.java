package jpus.taskforce.portal.attachment;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a parsed document (Tika's XHTML events, or plain text) for search: one paragraph a
 * line, whitespace runs as one space, invisible characters dropped. A line break inside a paragraph (a PDF's
 * wrapped line) becomes a space, or nothing between two Japanese characters, so that a word or a phrase
 * wrapped across lines is still found. Stops quietly at the character limit and loudly at the deadline.
 */
final class TextCollector extends DefaultHandler {

    /** Thrown to stop a parser; it carries no stack trace, only the fact. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt",
            "dd", "ol", "ul", "tr", "table", "caption", "blockquote", "pre", "section", "article", "header",
            "footer", "title");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final long deadlineNanos;
    private boolean truncated;
    private boolean timedOut;

    private boolean pendingParagraph;
    private boolean pendingSpace;
    private int pendingLineBreaks;
    private boolean afterCarriageReturn;
    private int lastCodePoint;

    TextCollector(int maxChars, long deadlineNanos) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
    }

    String text() {
        return text.toString();
    }

    /** The limit was reached: the text is the beginning of the document's. */
    boolean truncated() {
        return truncated;
    }

    boolean timedOut() {
        return timedOut;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        checkGoing();
        boundary(localName.isEmpty() ? qName : localName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        checkGoing();
        boundary(localName.isEmpty() ? qName : localName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkGoing();
        int end = start + length;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(ch, i, end);
            i += Character.charCount(cp);
            accept(cp);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void boundary(String element) {
        if (BLOCKS.contains(element)) {
            pendingParagraph = true;
        } else if (CELLS.contains(element)) {
            pendingSpace = true;
        }
    }

    private void accept(int cp) throws Stop {
        boolean carriageReturn = cp == '\r';
        if (cp == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = carriageReturn;
        if (cp == '\n' || carriageReturn || cp == '\u2028' || cp == '\u000B' || cp == '\u000C' || cp == '\u0085') {
            pendingLineBreaks++;
        } else if (cp == '\u2029') {
            pendingParagraph = true;
        } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            pendingSpace = true;
        } else if (!isInvisible(cp)) {
            append(cp);
        }
    }

    private void append(int cp) throws Stop {
        String separator = separatorBefore(cp);
        if (text.length() + separator.length() + Character.charCount(cp) > maxChars) {
            truncated = true;
            throw new Stop("Text limit reached");
        }
        text.append(separator).appendCodePoint(cp);
        lastCodePoint = cp;
        pendingParagraph = false;
        pendingSpace = false;
        pendingLineBreaks = 0;
    }

    private String separatorBefore(int cp) {
        if (text.length() == 0) {
            return "";
        }
        if (pendingParagraph || pendingLineBreaks >= 2) {
            return "\n";
        }
        if (pendingSpace) {
            return " ";
        }
        if (pendingLineBreaks == 1) {
            return isCjk(lastCodePoint) && isCjk(cp) ? "" : " ";
        }
        return "";
    }

    /** After the limit or the deadline every further event stops the parser again: some parsers carry on after a failed page. */
    private void checkGoing() throws Stop {
        if (truncated) {
            throw new Stop("Text limit reached");
        }
        if (timedOut || System.nanoTime() - deadlineNanos > 0) {
            timedOut = true;
            throw new Stop("Time limit reached");
        }
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }

    /** Japanese (and Chinese) script, where a line break between two characters is not a space. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
