package jpus.taskforce.portal.search;

/** A request parameter that was refused, and why, in words a partner developer can act on. */
public record InvalidParameter(String name, String reason) {
}
