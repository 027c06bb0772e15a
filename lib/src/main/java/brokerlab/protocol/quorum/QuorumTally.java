package brokerlab.protocol.quorum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the clients of one run saw, tallied as they go: operations invoked and answered ok (overall and inside the
 * {@code windows}, e.g. partitions), ok latencies, reads that returned siblings, and the acknowledged writes
 * (to count later which were lost).
 */
final class QuorumTally {
    record Acked(int key, Version version) { }

    private final double[][] windows;
    private final List<Double> latencies = new ArrayList<>();
    private final List<Acked> acked = new ArrayList<>();
    private long invoked, ok, invokedInWindow, okInWindow, siblingReads;

    QuorumTally(double[][] windows) { this.windows = windows; }

    void invoked(double at) {
        invoked++;
        if (inWindow(at)) invokedInWindow++;
    }

    void ok(double start, double end) {
        ok++;
        if (inWindow(start)) okInWindow++;
        latencies.add(end - start);
    }

    void siblingRead() { siblingReads++; }

    void acked(int key, Version v) { acked.add(new Acked(key, v)); }

    private boolean inWindow(double t) {
        for (double[] w : windows) if (t >= w[0] && t < w[1]) return true;
        return false;
    }

    long invoked() { return invoked; }
    long ok() { return ok; }
    long siblingReads() { return siblingReads; }
    List<Acked> ackedWrites() { return acked; }

    /** Fraction answered ok, overall. */
    double availability() { return invoked == 0 ? Double.NaN : (double) ok / invoked; }

    /** Fraction answered ok among operations invoked inside the windows (NaN without windows or operations there). */
    double availabilityInWindows() { return invokedInWindow == 0 ? Double.NaN : (double) okInWindow / invokedInWindow; }

    double meanLatency() { return latencies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN); }

    /** The q-quantile of ok latencies (nearest rank), NaN if none. */
    double latencyQuantile(double q) {
        if (latencies.isEmpty()) return Double.NaN;
        double[] a = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(q * a.length) - 1)];
    }
}
