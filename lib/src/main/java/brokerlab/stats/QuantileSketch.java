package brokerlab.stats;

import brokerlab.util.Check;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The empirical distribution of one run's per-customer values (waits, responses, commit latencies), compact and
 * read-only: its CDF and quantiles. Replications pool through {@link #pooledQuantile}: the quantile of the
 * averaged empirical CDF, which is much less biased than the average of per-run quantiles when runs are short
 * and strongly autocorrelated (a heavily loaded queue), because the empirical CDF at a point is unbiased while
 * a quantile of a short correlated run is not.
 */
public interface QuantileSketch {

    /** Number of values recorded. */
    long count();

    /** Fraction of the values at or below {@code x} (to the sketch's resolution). */
    double cdf(double x);

    /** The q-quantile, q in (0, 1). */
    double quantile(double q);

    /**
     * The q-quantile of the runs pooled: the smallest x with sum_r n_r F_r(x) &gt;= q sum_r n_r, found by bisection
     * between the smallest and largest per-run q-quantile (the pooled one always lies between them). Exact to the
     * sketches' resolution; NaN when every run is empty.
     */
    static double pooledQuantile(List<? extends QuantileSketch> runs, double q) {
        Check.notNull("runs", runs);
        Check.openUnit("q", q);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        long total = 0;
        for (QuantileSketch s : runs) {
            if (s.count() == 0) continue;
            double v = s.quantile(q);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            total += s.count();
        }
        if (total == 0) return Double.NaN;
        long[] counts = new long[runs.size()];
        DoubleUnaryOperator[] cdfs = new DoubleUnaryOperator[runs.size()];
        for (int i = 0; i < cdfs.length; i++) {
            QuantileSketch s = runs.get(i);
            counts[i] = s.count();
            cdfs[i] = s instanceof LogLinearSketch sketch ? sketch.new Cursor() : s::cdf;
        }
        if (lo == hi || pooledCdf(counts, cdfs, lo, total) >= q) return lo;
        for (int i = 0; i < 100 && hi - lo > 1e-12 * Math.abs(hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (pooledCdf(counts, cdfs, mid, total) >= q) hi = mid; else lo = mid;
        }
        return hi;
    }

    private static double pooledCdf(long[] counts, DoubleUnaryOperator[] cdfs, double x, long total) {
        double below = 0;
        for (int i = 0; i < cdfs.length; i++) below += counts[i] * cdfs[i].applyAsDouble(x);
        return below / total;
    }
}
