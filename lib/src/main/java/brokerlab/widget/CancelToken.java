package brokerlab.widget;

/**
 * Asked by a long computation between steps (a replication, a server count): has a newer request made this one
 * stale? Cancellation is cooperative; the simulation engine itself is never interrupted mid-run.
 */
@FunctionalInterface
public interface CancelToken {

    /** A token that is never cancelled, for synchronous calls. */
    CancelToken NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link RunCancelled} if the run is stale: call it between steps. */
    default void throwIfCancelled() {
        if (isCancelled()) throw new RunCancelled();
    }
}
