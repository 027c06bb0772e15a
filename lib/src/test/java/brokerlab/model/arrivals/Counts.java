package brokerlab.model.arrivals;

import brokerlab.stats.RunningStats;

/** Test helper: empirical IDC of window counts and SCV of gaps, measured from one source. */
final class Counts {
    private Counts() {}

    /** Var / mean of the counts in {@code windows} consecutive windows of length {@code t}, after a warm-up of {@code skip}. */
    static double idc(ArrivalSource source, double t, int windows, double skip) {
        double clock = 0;
        while (clock < skip) clock += source.next();
        RunningStats counts = new RunningStats();
        double end = skip + t;
        int inWindow = 0;
        for (int w = 0; w < windows; ) {
            if (clock < end) {
                inWindow++;
                clock += source.next();
            } else {
                counts.add(inWindow);
                inWindow = 0;
                end += t;
                w++;
            }
        }
        return counts.variance() / counts.mean();
    }

    /** Sample SCV of {@code n} consecutive gaps. */
    static double gapScv(ArrivalSource source, int n) {
        RunningStats gaps = new RunningStats();
        for (int i = 0; i < n; i++) gaps.add(source.next());
        return gaps.variance() / (gaps.mean() * gaps.mean());
    }

    /** Arrivals per unit time over {@code n} gaps. */
    static double rate(ArrivalSource source, int n) {
        double clock = 0;
        for (int i = 0; i < n; i++) clock += source.next();
        return n / clock;
    }
}
