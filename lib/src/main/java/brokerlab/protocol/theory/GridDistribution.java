package brokerlab.protocol.theory;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.util.Check;

import java.util.List;

/**
 * A non-negative delay discretised on the lattice {@code {0, h, 2h, ...}}: mass {@code pmf[i]} at
 * {@code (offset + i) h}, each lattice point taking the probability of the cell of width h centred on it
 * (so the mean is exact to O(h^2) for smooth densities and to h/2 for atoms). Sums are discrete convolutions,
 * maxima products of CDFs, and the k-th order statistic of independent, non-identical delays uses
 * P(X_(k) &lt;= t) = P(at least k of the X_i are &lt;= t), a Poisson-binomial tail computed by dynamic programming
 * at every lattice point (David and Nagaraja, <i>Order Statistics</i>, 3rd ed., 2003, section 5.2).
 * Immutable.
 */
public final class GridDistribution {
    /** Tail mass below which a jitter's lattice is cut off. */
    private static final double TAIL = 1e-10;

    private final double h;
    private final int offset;
    private final double[] pmf;

    private GridDistribution(double h, int offset, double[] pmf) {
        this.h = h;
        this.offset = offset;
        this.pmf = pmf;
    }

    /** The delay {@code d} on a lattice of step {@code h} ms. */
    public static GridDistribution of(LinkDelay d, double h) {
        Check.positive("h", h);
        int base = (int) Math.round(d.base() / h);
        if (d.isFixed()) return new GridDistribution(h, base, new double[]{1});
        LinkDelay jitter = new LinkDelay(0, d.jitterMean(), d.jitterScv());
        int len = 1;
        while (1 - jitter.cdf((len - 0.5) * h) > TAIL && len < 50_000_000) len++;
        double[] p = new double[len];
        double prev = 0;
        for (int i = 0; i < len; i++) {
            double c = i == len - 1 ? 1 : jitter.cdf((i + 0.5) * h);
            p[i] = c - prev;
            prev = c;
        }
        return new GridDistribution(h, base, p);
    }

    /** A constant on the lattice. */
    public static GridDistribution fixed(double value, double h) {
        return of(LinkDelay.fixed(value), h);
    }

    public double step() { return h; }

    /** Distribution of the sum of this and an independent {@code other} (same step). */
    public GridDistribution plus(GridDistribution other) {
        sameStep(other);
        double[] out;
        if ((long) pmf.length * other.pmf.length > 1_000_000) {
            out = fftConvolve(pmf, other.pmf);
        } else {
            out = new double[pmf.length + other.pmf.length - 1];
            for (int i = 0; i < pmf.length; i++) {
                double a = pmf[i];
                if (a == 0) continue;
                for (int j = 0; j < other.pmf.length; j++) out[i + j] += a * other.pmf[j];
            }
        }
        return trimmed(h, offset + other.offset, out);
    }

    /** Convolution by FFT (O(m log m) instead of O(m^2)); round-off below zero is clipped. */
    private static double[] fftConvolve(double[] a, double[] b) {
        int len = a.length + b.length - 1, size = Integer.highestOneBit(len - 1) << 1;
        var fft = new org.apache.commons.math3.transform.FastFourierTransformer(org.apache.commons.math3.transform.DftNormalization.STANDARD);
        var fa = fft.transform(java.util.Arrays.copyOf(a, size), org.apache.commons.math3.transform.TransformType.FORWARD);
        var fb = fft.transform(java.util.Arrays.copyOf(b, size), org.apache.commons.math3.transform.TransformType.FORWARD);
        for (int i = 0; i < size; i++) fa[i] = fa[i].multiply(fb[i]);
        var back = fft.transform(fa, org.apache.commons.math3.transform.TransformType.INVERSE);
        double[] out = new double[len];
        for (int i = 0; i < len; i++) out[i] = Math.max(0, back[i].getReal());
        return out;
    }

    /** Drops leading and trailing cells holding less than 1e-13 in all, folding their mass into the kept ends. */
    private static GridDistribution trimmed(double h, int offset, double[] p) {
        int lo = 0, hi = p.length - 1;
        double head = 0, tail = 0;
        while (lo < hi && head + p[lo] < 1e-13) head += p[lo++];
        while (hi > lo && tail + p[hi] < 1e-13) tail += p[hi--];
        if (lo == 0 && hi == p.length - 1) return new GridDistribution(h, offset, p);
        double[] q = java.util.Arrays.copyOfRange(p, lo, hi + 1);
        q[0] += head;
        q[q.length - 1] += tail;
        return new GridDistribution(h, offset + lo, q);
    }

    /** Distribution of the maximum of independent delays: the product of their CDFs. */
    public static GridDistribution max(List<GridDistribution> xs) {
        return orderStatistic(xs, xs.size());
    }

    /** Distribution of the minimum of independent delays. */
    public static GridDistribution min(List<GridDistribution> xs) {
        return orderStatistic(xs, 1);
    }

    /** The k-th smallest (k = 1 is the minimum) of independent, possibly non-identical delays. */
    public static GridDistribution orderStatistic(List<GridDistribution> xs, int k) {
        Check.atLeast("delays", xs.size(), 1);
        if (k < 1 || k > xs.size()) throw Check.fail("k", k, "it must be in [1, " + xs.size() + "]", null);
        double h = xs.get(0).h;
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (GridDistribution x : xs) {
            xs.get(0).sameStep(x);
            lo = Math.min(lo, x.offset);
            hi = Math.max(hi, x.offset + x.pmf.length - 1);
        }
        int m = xs.size();
        double[][] cdf = new double[m][];
        for (int i = 0; i < m; i++) cdf[i] = xs.get(i).cdfOn(lo, hi);
        double[] out = new double[hi - lo + 1];
        double[] dp = new double[m + 1];
        double prev = 0;
        for (int t = 0; t < out.length; t++) {
            java.util.Arrays.fill(dp, 0);
            dp[0] = 1;
            for (int i = 0; i < m; i++) {
                double p = cdf[i][t];
                for (int c = i + 1; c >= 1; c--) dp[c] = dp[c] * (1 - p) + dp[c - 1] * p;
                dp[0] *= 1 - p;
            }
            double atLeastK = 0;
            for (int c = k; c <= m; c++) atLeastK += dp[c];
            if (t == out.length - 1) atLeastK = 1;
            out[t] = Math.max(0, atLeastK - prev);
            prev = Math.max(prev, atLeastK);
        }
        return trimmed(h, lo, out);
    }

    private double[] cdfOn(int lo, int hi) {
        double[] c = new double[hi - lo + 1];
        double acc = 0;
        for (int t = lo; t <= hi; t++) {
            int i = t - offset;
            if (i >= 0 && i < pmf.length) acc += pmf[i];
            c[t - lo] = i >= pmf.length - 1 ? 1 : acc;
        }
        return c;
    }

    /** P(X &lt;= x). */
    public double cdf(double x) {
        int t = (int) Math.floor(x / h + 1e-9);
        double acc = 0;
        for (int i = 0; i < pmf.length && offset + i <= t; i++) acc += pmf[i];
        return Math.min(1, acc);
    }

    /** E[g(X)] over the lattice. */
    public double expect(java.util.function.DoubleUnaryOperator g) {
        double s = 0;
        for (int i = 0; i < pmf.length; i++) if (pmf[i] > 0) s += pmf[i] * g.applyAsDouble((offset + i) * h);
        return s;
    }

    public double mean() {
        double s = 0;
        for (int i = 0; i < pmf.length; i++) s += pmf[i] * (offset + i);
        return s * h;
    }

    /** The smallest lattice value whose CDF reaches q. */
    public double quantile(double q) {
        Check.openUnit("q", q);
        double acc = 0;
        for (int i = 0; i < pmf.length; i++) {
            acc += pmf[i];
            if (acc >= q) return (offset + i) * h;
        }
        return (offset + pmf.length - 1) * h;
    }

    private void sameStep(GridDistribution other) {
        if (Math.abs(other.h - h) > 1e-12 * h)
            throw Check.fail("step", other.h, "it must equal this lattice's step " + h, "build both with the same h");
    }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "GridDistribution(h=%g, mean=%.6g, support=[%g, %g])",
                h, mean(), offset * h, (offset + pmf.length - 1) * h);
    }
}
