package brokerlab.widget;

import brokerlab.util.Check;

import java.time.Duration;

/**
 * Fires an action only once the calls have paused for a quiet period: a dragged slider sends a value per frame,
 * and only the value it comes to rest on should start a simulation. Each call replaces the pending action and
 * restarts the wait; a replaced action never fires, even if its timer was already running out (a generation
 * number decides, not the timer's cancel).
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration quiet;
    private Scheduler.Handle pending;
    private long generation;
    private long fired;

    public Debouncer(Scheduler scheduler, Duration quiet) {
        this.scheduler = Check.notNull("scheduler", scheduler);
        Check.notNull("quiet", quiet);
        if (quiet.isNegative()) throw Check.fail("quiet", quiet, "it must be >= 0", "pass e.g. Duration.ofMillis(250)");
        this.quiet = quiet;
    }

    /** Runs {@code action} after the quiet period, unless another call comes first. */
    public synchronized void call(Runnable action) {
        Check.notNull("action", action);
        if (pending != null) pending.cancel();
        long mine = ++generation;
        pending = scheduler.schedule(() -> fire(mine, action), quiet);
    }

    /** Calls off the pending action, if any. */
    public synchronized void cancel() {
        generation++;
        if (pending != null) pending.cancel();
        pending = null;
    }

    /** True from a call until its action has returned, unless it was replaced or cancelled first. */
    public synchronized boolean isPending() {
        return pending != null;
    }

    /** How many actions have fired so far. */
    public synchronized long fired() {
        return fired;
    }

    private void fire(long mine, Runnable action) {
        synchronized (this) {
            if (mine != generation) return;
            fired++;
        }
        try {
            action.run();
        } finally {
            synchronized (this) {
                // still pending while the action runs, so a caller waiting for quiet does not see a gap
                if (mine == generation) pending = null;
            }
        }
    }
}
