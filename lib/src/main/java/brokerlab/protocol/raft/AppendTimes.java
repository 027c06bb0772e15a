package brokerlab.protocol.raft;

import java.util.Arrays;

/**
 * When a leader appended each entry of its log, by log index, until the entry is applied: a map from index to time
 * as primitive doubles over a window of indices. A leader appends at increasing indices, so the window only grows at
 * its top; any index is still accepted (the window widens downwards too), so it answers exactly as the
 * {@code Map<Integer, Double>} it replaces, whose boxed put and remove per entry were among a Raft run's hottest
 * lines (JFR). Memory: one double per index since the last {@link #clear}, beside the log's own entry per index.
 * Not thread-safe.
 */
final class AppendTimes {
    private double[] times = new double[64];     // times[i - base], NaN where absent
    private int base = -1;                         // the index of times[0]; -1 while empty

    AppendTimes() {
        Arrays.fill(times, Double.NaN);
    }

    /** Records {@code time} (not NaN) for {@code index}, replacing any earlier one. */
    void put(int index, double time) {
        if (base < 0) base = index;
        if (index < base) {
            double[] wider = new double[times.length + (base - index)];
            Arrays.fill(wider, 0, base - index, Double.NaN);
            System.arraycopy(times, 0, wider, base - index, times.length);
            times = wider;
            base = index;
        } else if (index - base >= times.length) {
            int old = times.length;
            times = Arrays.copyOf(times, Math.max(2 * old, index - base + 1));
            Arrays.fill(times, old, times.length, Double.NaN);
        }
        times[index - base] = time;
    }

    /** Removes the time of {@code index} and returns it, or NaN if none was recorded. */
    double remove(int index) {
        if (base < 0 || index < base || index - base >= times.length) return Double.NaN;
        double t = times[index - base];
        times[index - base] = Double.NaN;
        return t;
    }

    /** Forgets every index (a new leadership). */
    void clear() {
        Arrays.fill(times, Double.NaN);
        base = -1;
    }
}
