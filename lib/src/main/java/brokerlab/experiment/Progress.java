package brokerlab.experiment;

/**
 * A listener told how far a long computation has got: {@code done} of {@code total} units, with a short message.
 * A notebook passes a lambda that calls JJava's {@code updateDisplay}; the command line passes
 * {@link #stderr(String)}. {@link Replications} and {@link Sweep} call it from the thread that started them, one
 * call at a time, with {@code done} increasing from 1 to {@code total}, so an implementation need not be thread-safe.
 */
@FunctionalInterface
public interface Progress {

    void update(long done, long total, String message);

    /** Ignores every update. */
    Progress NONE = (done, total, message) -> { };

    /**
     * Prints {@code "label: 37/100 (37%) message"} lines on standard error, at most two a second, and always the
     * last one. Thread-safe.
     */
    static Progress stderr(String label) {
        return new ThrottledProgress(label, System.err, System::nanoTime, ThrottledProgress.DEFAULT_INTERVAL_NANOS);
    }
}
