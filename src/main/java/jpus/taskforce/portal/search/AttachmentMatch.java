package jpus.taskforce.portal.search;

/**
 * The attached file whose text matched a query, with the passage that matched (safe HTML,
 * matches in {@code <mark>}).
 */
public record AttachmentMatch(long id, String fileName, String snippet) {
}
