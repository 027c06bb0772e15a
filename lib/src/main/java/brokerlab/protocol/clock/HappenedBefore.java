package brokerlab.protocol.clock;

import java.util.BitSet;

/**
 * Lamport's happened-before relation of a trace, computed directly from its definition (the smallest transitive
 * relation containing program order and send-before-receive) as reachability, independently of any clock:
 * each event's set of predecessors is its process predecessor's set plus that event, united with the matching
 * send's set for a receive. Memory is O(events^2 / 8) bytes; meant for traces of a few thousand events.
 */
public final class HappenedBefore {
    private final BitSet[] before;

    private HappenedBefore(BitSet[] before) { this.before = before; }

    public static HappenedBefore of(MessageTrace trace) {
        int n = trace.size();
        BitSet[] pred = new BitSet[n];
        int[] last = new int[trace.processes()];
        java.util.Arrays.fill(last, -1);
        for (MessageTrace.Event e : trace.events()) {
            BitSet s = new BitSet(n);
            int prev = last[e.process()];
            if (prev >= 0) { s.or(pred[prev]); s.set(prev); }
            if (e.type() == MessageTrace.Type.RECEIVE) { int send = trace.sendOf(e.message()); s.or(pred[send]); s.set(send); }
            pred[e.id()] = s;
            last[e.process()] = e.id();
        }
        return new HappenedBefore(pred);
    }

    /** a -> b: a happened before b. */
    public boolean before(int a, int b) { return before[b].get(a); }

    /** a || b: neither happened before the other (and a != b). */
    public boolean concurrent(int a, int b) { return a != b && !before(a, b) && !before(b, a); }

    /** Number of unordered concurrent pairs. */
    public long concurrentPairs() {
        long c = 0;
        for (int a = 0; a < before.length; a++) for (int b = a + 1; b < before.length; b++) if (concurrent(a, b)) c++;
        return c;
    }
}
