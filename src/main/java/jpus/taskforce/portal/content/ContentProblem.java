package jpus.taskforce.portal.content;

/** Why a file of the knowledge base was rejected; {@code file} is relative to the content folder. */
public record ContentProblem(String file, String message) {

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
