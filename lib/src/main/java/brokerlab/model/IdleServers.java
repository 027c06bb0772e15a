package brokerlab.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The idle servers of a farm as bits in speed order (fastest first, lower index first among equally fast), so the
 * fastest idle server is one count-trailing-zeros away instead of a scan comparing speeds: what
 * {@link brokerlab.model.routing.FastestFreeServer} asks on every arrival and departure. Same answer as the scan
 * in {@link brokerlab.model.routing.ServerView#fastestIdle()} (IdleServersTest). Every server starts idle.
 */
final class IdleServers {
    private final int[] rank;        // server -> position in speed order
    private final int[] server;      // position in speed order -> server
    private final long[] bits;       // bit r of word r / 64: the server at position r is idle

    IdleServers(double[] speeds) {
        int n = speeds.length;
        server = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -speeds[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        rank = new int[n];
        for (int r = 0; r < n; r++) rank[server[r]] = r;
        bits = new long[(n + 63) >>> 6];
        for (int r = 0; r < n; r++) bits[r >>> 6] |= 1L << r;
    }

    boolean isIdle(int i) {
        int r = rank[i];
        return (bits[r >>> 6] & (1L << r)) != 0;
    }

    void take(int i) {
        int r = rank[i];
        bits[r >>> 6] &= ~(1L << r);
    }

    void release(int i) {
        int r = rank[i];
        bits[r >>> 6] |= 1L << r;
    }

    /** The fastest idle server (lowest index among equally fast ones), or −1 when all are busy. */
    int fastest() {
        for (int w = 0; w < bits.length; w++) {
            long b = bits[w];
            if (b != 0) return server[(w << 6) + Long.numberOfTrailingZeros(b)];
        }
        return -1;
    }

    @Override
    public String toString() {
        return "IdleServers(speed order " + Arrays.toString(server) + ")";
    }
}
