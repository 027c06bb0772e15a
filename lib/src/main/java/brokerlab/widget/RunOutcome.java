package brokerlab.widget;

/** How a background run ended: with a result, or with an error to show as one line. */
public sealed interface RunOutcome<R> permits RunOutcome.Completed, RunOutcome.Failed {

    /** The run finished and was still current. */
    record Completed<R>(R value) implements RunOutcome<R> {}

    /** The run threw; {@link #message()} is the line to show in place of its result. */
    record Failed<R>(Throwable error) implements RunOutcome<R> {
        public String message() {
            String m = error.getMessage();
            return m == null || m.isBlank() ? error.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        }
    }
}
