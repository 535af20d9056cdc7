package jpus.taskforce.portal.content;

/** A content file that cannot be loaded, with the file and the problem named for its editor. */
public class InvalidContentException extends Exception {

    private final transient ContentProblem problem;

    public InvalidContentException(String file, String message) {
        super(file + ": " + message);
        this.problem = new ContentProblem(file, message);
    }

    public ContentProblem problem() {
        return problem;
    }
}
