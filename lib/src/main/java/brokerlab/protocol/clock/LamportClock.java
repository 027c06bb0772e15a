package brokerlab.protocol.clock;

/**
 * Lamport's logical clock (CACM 1978): each process increments its counter at every event and a receive sets
 * it to max(own, message) + 1. Clock condition: a -&gt; b implies L(a) &lt; L(b); the converse fails, so a Lamport
 * clock cannot detect concurrency. One 8-byte counter per message, whatever the number of processes.
 */
public final class LamportClock {
    private LamportClock() {}

    /** The timestamp of every event of the trace, by event id. */
    public static long[] timestamps(MessageTrace trace) {
        long[] clock = new long[trace.processes()];
        long[] ts = new long[trace.size()];
        for (MessageTrace.Event e : trace.events()) {
            int p = e.process();
            if (e.type() == MessageTrace.Type.RECEIVE) clock[p] = Math.max(clock[p], ts[trace.sendOf(e.message())]);
            ts[e.id()] = ++clock[p];
        }
        return ts;
    }

    public static int bytesPerMessage() { return 8; }
}
