package brokerlab.experiment;

import brokerlab.util.Check;

/**
 * A request to stop an {@link Experiment} early, e.g. from a notebook's stop button or the command line's Ctrl-C
 * handler, which may call {@link #cancel} from any thread. The runner then starts no new replication, abandons the
 * ones in flight, and returns {@link Estimates} from the replications already finished, marked
 * {@link Estimates#partial() partial} with a warning saying how many of how many; with none finished it throws
 * {@link java.util.concurrent.CancellationException}.
 * <pre>{@code
 * Cancellation stop = new Cancellation();
 * Estimates<StationRun> e = Experiment.of(model).replications(100).cancellation(stop).run();   // stop.cancel("...") elsewhere
 * if (e.partial()) System.out.println(e.warnings());   // [partial: stopped by the user after 37 of 100 replications ...]
 * }</pre>
 * Thread-safe; a cancellation cannot be undone, so use a new one per run.
 */
public final class Cancellation {
    /** Never cancelled: the default of every experiment. */
    public static final Cancellation NEVER = new Cancellation();

    private volatile String reason;
    private volatile boolean watched;

    /** Cancels with a reason for the warning, e.g. {@code "interrupted (Ctrl-C)"}; later calls change nothing. */
    public void cancel(String why) {
        if (this == NEVER) {
            throw Check.fail("cancellation", "Cancellation.NEVER", "it is the shared never-cancelled default",
                    "pass a new Cancellation() to Experiment.cancellation(...) and cancel that one");
        }
        synchronized (this) {
            if (reason == null) reason = why == null || why.isBlank() ? "cancelled" : why;
        }
    }

    public boolean isCancelled() {
        return reason != null;
    }

    /** Why it was cancelled; null while it is not. */
    public String reason() {
        return reason;
    }

    /**
     * True while an {@link Experiment} is running with this cancellation, so a caller about to cancel knows partial
     * results will follow (the command line's Ctrl-C handler waits for them only then).
     */
    public boolean watched() {
        return watched;
    }

    void watch(boolean on) {
        if (this != NEVER) watched = on;
    }
}
