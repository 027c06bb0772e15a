package brokerlab.sim;

import brokerlab.util.Check;

/**
 * The discrete-event clock and loop. A model owns one simulator (there is no global one) and receives its
 * primitive events through its {@link EventHandler}; protocol models that prefer closures may schedule a
 * {@link Runnable} instead, and a component sharing the simulator (a protocol's network) may send primitive
 * events to a handler of its own ({@link #schedule(double, EventHandler, int, int)}), so it allocates nothing per
 * event either. Events fire in (time, priority, scheduling order), whatever their kind. Not thread-safe:
 * parallelism comes from running independent replications, each with its own simulator and random streams.
 *
 * <pre>{@code
 * Simulator sim = new Simulator((type, payload) -> System.out.println(type + " at " + ...));
 * sim.schedule(1.5, ARRIVAL, 0);
 * sim.runUntil(100.0);
 * }</pre>
 */
public final class Simulator {
    /** Event type reserved for closure events; model types must be >= 0. */
    public static final int CLOSURE = -1;

    private final EventQueue queue;
    private final EventHandler handler;
    private double now;
    private long fired, reported;     // reported: events already added to SimulatedWork
    private boolean stopped;

    public Simulator(EventHandler handler) {
        this(handler, 64);
    }

    public Simulator(EventHandler handler, int initialCapacity) {
        this.handler = handler == null ? (t, p) -> {
            throw new IllegalStateException("event type " + t + " scheduled but this simulator has no EventHandler");
        } : handler;
        this.queue = new EventQueue(initialCapacity);
    }

    /** A simulator for closure events only. */
    public Simulator() {
        this(null);
    }

    public double now() { return now; }
    public long eventsFired() { return fired; }
    public int pendingEvents() { return queue.size(); }
    public double nextEventTime() { return queue.peekTime(); }

    /** Schedules a primitive event {@code delay} time units from now, priority 0. */
    public long schedule(double delay, int type, int payload) {
        return scheduleAt(now + delay, 0, type, payload);
    }

    public long scheduleAt(double time, int priority, int type, int payload) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("event time " + time + " is before the clock (" + now
                    + "): delays must be >= 0 and finite");
        }
        if (type < 0) throw new IllegalArgumentException("type = " + type + " is invalid: model event types must be >= 0");
        return queue.add(time, priority, type, payload, null);
    }

    /**
     * Schedules a primitive event for {@code target} rather than this simulator's handler, {@code delay} time units
     * from now (priority 0). The time is computed as for a closure, so swapping one for the other keeps the order.
     */
    public long schedule(double delay, EventHandler target, int type, int payload) {
        double at = now + delay;
        if (!(at >= now)) throw new IllegalArgumentException("delay = " + delay + " is invalid: it must be >= 0 and finite");
        return scheduleAt(at, target, type, payload);
    }

    /** As {@link #schedule(double, EventHandler, int, int)} at an absolute time (>= now). */
    public long scheduleAt(double time, EventHandler target, int type, int payload) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("event time " + time + " is before the clock (" + now + "): it must be >= now");
        }
        Check.notNull("target", target);
        if (type < 0) throw new IllegalArgumentException("type = " + type + " is invalid: event types must be >= 0");
        return queue.add(time, 0, type, payload, target);
    }

    /** Schedules a closure {@code delay} time units from now. */
    public long schedule(double delay, Runnable action) {
        return schedule(delay, 0, action);
    }

    public long schedule(double delay, int priority, Runnable action) {
        double at = now + delay;
        if (!(at >= now)) throw new IllegalArgumentException("delay = " + delay + " is invalid: it must be >= 0 and finite");
        Check.notNull("action", action);
        return queue.add(at, priority, CLOSURE, 0, action);
    }

    /**
     * Schedules a closure at an absolute time (>= now). Prefer this to {@code schedule(time - now(), ...)} when the
     * time was computed elsewhere: subtracting and re-adding the clock can round two equal times differently and
     * swap their order.
     */
    public long scheduleAt(double time, Runnable action) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("event time " + time + " is before the clock (" + now + "): it must be >= now");
        }
        Check.notNull("action", action);
        return queue.add(time, 0, CLOSURE, 0, action);
    }

    /**
     * {@code cancel(handle)} then {@code schedule(delay, action)} in one step, with the same effect on the order of
     * events (see {@link EventQueue#reschedule}); returns the new handle. A handle that is not pending (or -1) is
     * ignored, as {@link #cancel} would.
     */
    public long reschedule(long handle, double delay, Runnable action) {
        double at = now + delay;
        if (!(at >= now)) throw new IllegalArgumentException("delay = " + delay + " is invalid: it must be >= 0 and finite");
        Check.notNull("action", action);
        return queue.reschedule(handle, at, 0, CLOSURE, 0, action);
    }

    /** The closure (or handler) of a pending event; null once it fired or was cancelled. */
    public Object pendingAction(long handle) {
        return queue.pendingAction(handle);
    }

    /** Cancels a pending event; false if it already fired or was cancelled. */
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    /** Fires the next event; false when none is left. */
    public boolean step() {
        if (queue.isEmpty()) return false;
        int slot = queue.pollSlot();
        now = queue.timeOf(slot);
        int type = queue.typeOf(slot);
        int payload = queue.payloadOf(slot);
        Object action = queue.actionOf(slot);
        queue.release(slot);
        fired++;
        if (type == CLOSURE) ((Runnable) action).run();
        else if (action != null) ((EventHandler) action).handle(type, payload);
        else handler.handle(type, payload);
        return true;
    }

    /** Fires events until the list empties or {@link #stop()} is called. */
    public void run() {
        stopped = false;
        while (!stopped && step()) { /* loop */ }
        reportWork();
    }

    /** Fires events in order until the queue empties or the clock would pass {@code until}; then sets the clock to until. */
    public void runUntil(double until) {
        if (!(until >= now)) throw new IllegalArgumentException("until = " + until + " is invalid: it must be >= now (" + now + ")");
        stopped = false;
        while (!stopped && !queue.isEmpty() && queue.peekTime() <= until) step();
        if (!stopped) now = until;
        reportWork();
    }

    /**
     * Adds the events fired since the last report to {@link SimulatedWork}. {@link #run} and {@link #runUntil} call
     * it when they return; a model that only calls {@link #step} calls it when it is done.
     */
    public void reportWork() {
        SimulatedWork.add(0, fired - reported);
        reported = fired;
    }

    /** Makes {@link #run()} or {@link #runUntil} return after the current event. */
    public void stop() {
        stopped = true;
    }
}
