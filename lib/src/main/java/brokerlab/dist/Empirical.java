package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The empirical distribution of observed values (a trace of service times or latencies): each draw picks one
 * observation uniformly at random, i.e. the bootstrap resampling of Efron and Tibshirani,
 * <i>An Introduction to the Bootstrap</i>, 1993, ch. 6. mean() and scv() are those of the data with the
 * population variance (divide by n), because that is exactly the variance of a resampled draw.
 * cdf is the step function F_n and quantile its generalised inverse (an observed value).
 *
 * <p>Specs: {@code empirical(file=trace.csv,column=latency_ms)} reads a comma-separated file with a header row
 * (quote a path holding commas: {@code file="my, data.csv"}; the file may be gzip-compressed and start with a
 * byte-order mark), optionally {@code scale=2} to multiply every value;
 * {@code empirical(values=0.5;1;2.5)} lists the data inline. Values must be finite numbers &gt;= 0 with a positive
 * mean. A file of any length is read in constant memory: beyond {@link #MAX_EXACT_OBSERVATIONS} observations the
 * distribution is that of a fixed-seed uniform subsample of that size (quantiles within 0.0013 in probability of
 * the full trace's, see {@link #fromCsv}).
 */
public final class Empirical implements Distribution {
    private final double[] sorted;
    private final String file, column;
    private final double scale;
    private final double mean, scv;
    private final long observations;

    private Empirical(double[] sorted, String file, String column, double scale, long observations) {
        this.sorted = sorted;
        this.observations = observations;
        this.file = file;
        this.column = column;
        this.scale = scale;
        double sum = 0;
        for (double v : sorted) sum += v;
        double m = sum / sorted.length, ss = 0;
        for (double v : sorted) ss += (v - m) * (v - m);
        this.mean = m;
        this.scv = ss / sorted.length / (m * m);
    }

    /** The empirical distribution of {@code values} (copied); each must be finite and >= 0, their mean > 0. */
    public static Empirical of(double... values) {
        Check.notNull("values", values);
        if (values.length == 0) throw Check.fail("values", "[]", "at least one observation is required", "pass a non-empty array");
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] >= 0) || Double.isInfinite(copy[i]))
                throw Check.fail("values[" + i + "]", copy[i], "observations must be finite and >= 0", "remove or correct that value");
        }
        return checkedMean(sortedCopy(copy), null, null, 1, copy.length, "values");
    }

    /**
     * The values of column {@code column} of a CSV file with a header row, read in one streaming pass by
     * {@link TraceReader}: UTF-8 with or without a byte-order mark, plain or gzip-compressed, quoted fields, blank
     * lines skipped. A missing file or column, an empty cell, a non-number or a negative number fails with the line
     * number. A trace of more than {@link #MAX_EXACT_OBSERVATIONS} observations is represented by a uniform random
     * subsample of that many (fixed seed: the same file gives the same distribution); {@link #observations()} still
     * counts them all. Memory stays about 8 MB whatever the file's length.
     */
    public static Empirical fromCsv(Path path, String column) {
        TraceReader.Trace trace = TraceReader.read(path, column);
        return checkedMean(trace.values(), path.toString(), column.trim(), 1, trace.observations(), "column '" + column + "'");
    }

    /** The most observations held exactly; longer traces are subsampled to this many (see {@link #fromCsv}). */
    public static final int MAX_EXACT_OBSERVATIONS = TraceReader.MAX_VALUES;

    private static double[] sortedCopy(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    private static Empirical checkedMean(double[] sorted, String file, String column, double scale, long observations, String what) {
        if (!(sorted[sorted.length - 1] > 0))
            throw Check.fail(what, "all zeros", "the mean must be > 0", "a distribution of durations needs some positive values");
        return new Empirical(sorted, file, column, scale, observations);
    }

    /** The number of observations held (at most {@link #MAX_EXACT_OBSERVATIONS}). */
    public int size() { return sorted.length; }

    /** The number of observations in the trace; above {@link #size()} when a long trace was subsampled. */
    public long observations() { return observations; }

    /** A copy of the (scaled) observations in increasing order. */
    public double[] values() { return sorted.clone(); }

    @Override public double mean() { return mean; }
    @Override public double scv() { return scv; }
    @Override public double sample(RandomStream rng) { return sorted[rng.nextInt(sorted.length)]; }

    /** F_n(x) = #{observations &lt;= x} / n. */
    @Override
    public double cdf(double x) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return (double) lo / sorted.length;
    }

    /** The smallest observation x with F_n(x) >= p: the ceil(p n)-th order statistic. */
    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        int n = sorted.length;
        int rank = (int) Math.ceil(p * n - 1e-9);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** Multiplies every observation by newMean / mean(); a file-based trace records the factor as {@code scale}. */
    @Override
    public Empirical withMean(double newMean) {
        Check.positive("newMean", newMean);
        return scaledBy(newMean / mean);
    }

    private Empirical scaledBy(double f) {
        double[] s = sorted.clone();
        for (int i = 0; i < s.length; i++) s[i] *= f;
        return new Empirical(s, file, column, file == null ? 1 : scale * f, observations);   // inline data carries its scale in the values
    }

    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        double sum = 0;
        for (double v : sorted) sum += Math.pow(v, k);
        return sum / sorted.length;
    }

    @Override
    public String spec() {
        if (file != null) {
            return "empirical(file=" + Csv.quoteIfNeeded(file) + ",column=" + Csv.quoteIfNeeded(column)
                    + (scale == 1 ? "" : ",scale=" + Specs.format(scale)) + ")";
        }
        StringBuilder b = new StringBuilder("empirical(values=");
        for (int i = 0; i < sorted.length; i++) b.append(i == 0 ? "" : ";").append(Specs.format(sorted[i]));
        return b.append(')').toString();
    }

    /** Reads the file again and applies {@code scale}: the inverse of {@link #spec()} for the file form. */
    static Empirical fromCsv(Path path, String column, double scale) {
        Check.positive("scale", scale);
        Empirical e = fromCsv(path, column);
        return scale == 1 ? e : e.scaledBy(scale);
    }

    @Override
    public String toString() {
        return file != null ? spec() : "empirical(n=" + sorted.length + ",mean=" + Specs.format(mean) + ",scv=" + Specs.format(scv) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Empirical e && Arrays.equals(sorted, e.sorted) && Objects.equals(file, e.file)
                && Objects.equals(column, e.column) && Double.compare(scale, e.scale) == 0;
    }

    @Override public int hashCode() { return Arrays.hashCode(sorted) * 31 + Objects.hash(file, column, scale); }
}
