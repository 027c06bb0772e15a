package brokerlab.protocol.clock;

/**
 * Vector clocks (Fidge 1988; Mattern 1988): process p keeps one counter per process, increments its own at each
 * event, and on a receive takes the element-wise maximum with the message's vector first. Then
 * a -&gt; b iff V(a) &lt; V(b) (&lt;= everywhere, &lt; somewhere), so concurrency is detected exactly; the price is n
 * counters per message (Charron-Bost 1991 showed no smaller vector characterises causality in general).
 */
public final class VectorClock {
    private VectorClock() {}

    public static int[][] timestamps(MessageTrace trace) {
        int n = trace.processes();
        int[][] clock = new int[n][n];
        int[][] ts = new int[trace.size()][];
        for (MessageTrace.Event e : trace.events()) {
            int[] c = clock[e.process()];
            if (e.type() == MessageTrace.Type.RECEIVE) {
                int[] m = ts[trace.sendOf(e.message())];
                for (int i = 0; i < n; i++) c[i] = Math.max(c[i], m[i]);
            }
            c[e.process()]++;
            ts[e.id()] = c.clone();
        }
        return ts;
    }

    /** V(a) &lt; V(b): &lt;= in every component and different. */
    public static boolean lessThan(int[] a, int[] b) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) return false;
            if (a[i] < b[i]) strict = true;
        }
        return strict;
    }

    public static boolean concurrent(int[] a, int[] b) {
        return !lessThan(a, b) && !lessThan(b, a) && !java.util.Arrays.equals(a, b);
    }

    /** n 4-byte counters per message. */
    public static int bytesPerMessage(int processes) { return 4 * processes; }
}
