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

    /**
     * This listener with the estimated time left appended to every message ({@code "ETA 42 s"}), from the mean time
     * per unit since this listener was made. Thread-safe as the wrapped listener is.
     */
    default Progress withEta() {
        Progress inner = this;
        long start = System.nanoTime();
        return (done, total, message) -> {
            double elapsed = (System.nanoTime() - start) / 1e9;
            String eta = done <= 0 ? "" : done >= total ? String.format(java.util.Locale.ROOT, "done in %.1f s", elapsed)
                    : String.format(java.util.Locale.ROOT, "ETA %.0f s", elapsed / done * (total - done));
            inner.update(done, total, message == null || message.isEmpty() ? eta : message + ", " + eta);
        };
    }
}
