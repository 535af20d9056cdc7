package jpus.taskforce.portal.content;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml the text between the opening and closing {@code ---} lines
 * @param body everything after the closing line
 */
record FrontMatter(String yaml, String body) {

    private static final String FENCE = "---";

    /** @throws IllegalArgumentException when the file does not start with a front matter block */
    static FrontMatter split(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith(FENCE + "\n")) {
            throw new IllegalArgumentException("does not start with a '---' line opening the front matter");
        }
        int close = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
        boolean closedAtEnd = close < 0 && normalized.endsWith("\n" + FENCE);
        if (close < 0 && !closedAtEnd) {
            throw new IllegalArgumentException("the front matter is not closed by a '---' line");
        }
        int end = close < 0 ? normalized.length() - FENCE.length() - 1 : close;
        String yaml = normalized.substring(FENCE.length() + 1, end + 1);
        String body = close < 0 ? "" : normalized.substring(close + FENCE.length() + 2);
        return new FrontMatter(yaml, body.strip());
    }
}
