package jpus.taskforce.portal.attachment;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Finds what a PDF viewer could run: JavaScript (document-level name tree, open action, page, annotation,
 * form-field and outline actions, renditions) and launch actions. Rather than visiting the places the
 * specification lists one by one, it walks every object reachable from the trailer, so an action hidden in
 * a chain ({@code /Next}), a bookmark or a form field is found as well. Stream contents are not decoded.
 */
final class PdfActiveContent {

    /** Dictionaries and arrays a document may have before it is refused as too complex to check. */
    static final int MAX_OBJECTS = 2_000_000;

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName JS = COSName.getPDFName("JS");

    /** The document has more objects than allowed, or checking it outlasted the deadline. */
    static final class TooComplex extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private PdfActiveContent() {
    }

    static boolean isPresent(COSDocument document, long deadlineNanos) throws TooComplex {
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(document.getTrailer());
        while (!pending.isEmpty()) {
            COSBase item = pending.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (!(item instanceof COSDictionary || item instanceof COSArray) || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS
                    || seen.size() % 1024 == 0 && System.nanoTime() - deadlineNanos > 0) {
                throw new TooComplex();
            }
            if (item instanceof COSDictionary dictionary) {
                if (isActive(dictionary)) {
                    return true;
                }
                dictionary.getValues().forEach(pending::push);
            } else if (item instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return false;
    }

    /** An action of type JavaScript or Launch, anything carrying a script ({@code /JS}), or a names tree of scripts. */
    private static boolean isActive(COSDictionary dictionary) {
        COSBase type = dictionary.getDictionaryObject(COSName.S);
        return JAVASCRIPT.equals(type) || LAUNCH.equals(type)
                || dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT);
    }
}
