package jpus.taskforce.portal.search;

/** The parts of a language version that are searched, with how much a match in each weighs. */
public enum TextPart {
    TITLE("title", 5.0f, true),
    SUMMARY("summary", 3.0f, true),
    BODY("body", 1.0f, false);

    private final String id;
    private final float boost;
    private final boolean projectable;

    TextPart(String id, float boost, boolean projectable) {
        this.id = id;
        this.boost = boost;
        this.projectable = projectable;
    }

    public String id() {
        return id;
    }

    public float boost() {
        return boost;
    }

    /** Titles and summaries are read back from the index for hits; bodies never are. */
    public boolean projectable() {
        return projectable;
    }
}
