package brokerlab.widget;

/** Thrown by {@link CancelToken#throwIfCancelled()} to abandon a stale run; never shown to a user. */
public final class RunCancelled extends RuntimeException {
    public RunCancelled() {
        super("run cancelled: a newer request replaced it", null, false, false);
    }
}
