package brokerlab.timeline;

import brokerlab.util.Check;

/**
 * An event on one process of a {@link Timeline}: a send, a receive, a timer firing, a forced write completing, a
 * crash, a recovery, or a labelled mark (e.g. a client operation). {@code id} is its position in the timeline,
 * {@code time} in ms, {@code peer} and {@code message} the other end and id of a send or receive (-1 otherwise),
 * {@code label} the message kind or the mark's text (empty otherwise), and {@code clock} its vector clock
 * (Fidge 1988, Mattern 1988): one counter per process, so event a happened before event b exactly when
 * {@code clock(a) < clock(b)} component-wise.
 */
public record TimelineEvent(int id, int process, double time, Type type, int peer, long message, String label, int[] clock) {
    /** What kind of event. */
    public enum Type { SEND, RECEIVE, TIMER, FSYNC, CRASH, RECOVER, MARK }

    public TimelineEvent {
        Check.atLeast("id", id, 0);
        Check.atLeast("process", process, 0);
        Check.notNull("type", type);
        Check.notNull("label", label);
        clock = clock.clone();
    }

    /** A copy of the vector clock. */
    @Override public int[] clock() { return clock.clone(); }

    /** True when this event happened before {@code other} by their vector clocks. */
    public boolean before(TimelineEvent other) {
        boolean strict = false;
        for (int i = 0; i < clock.length; i++) {
            if (clock[i] > other.clock[i]) return false;
            if (clock[i] < other.clock[i]) strict = true;
        }
        return strict;
    }
}
