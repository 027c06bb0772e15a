package brokerlab.grading;

/**
 * A student's answer failed an autograder check. The message is the whole feedback: what was called, what it
 * returned, what was expected and what to look at. It is an {@link AssertionError} because it reports a wrong
 * answer, not bad input to the engine, and nbgrader scores a test cell that throws as zero.
 */
public final class CheckFailed extends AssertionError {
    public CheckFailed(String message) {
        super(message);
    }

    public CheckFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
