package jpus.taskforce.portal.check;

import java.util.List;
import java.util.Map;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.vocabulary.Good;
import jpus.taskforce.portal.vocabulary.Region;

/**
 * What the product check found for a good and, optionally, a region of origin, in the sections a
 * company reads in turn: the rules that may apply, the lists and designations that name the good or
 * region, and the guidance for the due diligence steps.
 */
public record CheckAnswer(Good good, Region region, List<Finding> rules, List<Finding> lists, List<Finding> guidance) {

    /** A document and why it was chosen. */
    public record Finding(Document document, List<Match> matches) {
    }

    /** Why a document was chosen: which tag or topic, and the sentence of each language version that names it. */
    public record Match(Kind kind, String id, Map<Language, String> sentences) {
    }

    public enum Kind {
        /** Tagged with the good, a broader or a narrower one. */
        GOOD,
        /** Tagged with the region, the country it lies in or a region inside it. */
        REGION,
        /** A rule of a topic that applies to every good of its government: import restrictions, public procurement. */
        ALL_GOODS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
