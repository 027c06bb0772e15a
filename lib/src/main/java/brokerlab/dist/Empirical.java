package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The empirical distribution of observed values (a trace of service times or latencies): each draw picks one
 * observation uniformly at random, i.e. the bootstrap resampling of Efron and Tibshirani,
 * <i>An Introduction to the Bootstrap</i>, 1993, ch. 6. mean() and scv() are those of the data with the
 * population variance (divide by n), because that is exactly the variance of a resampled draw.
 * cdf is the step function F_n and quantile its generalised inverse (an observed value).
 *
 * <p>Specs: {@code empirical(file=trace.csv,column=latency_ms)} reads a comma-separated file with a header row
 * (quote a path holding commas: {@code file="my, data.csv"}), optionally {@code scale=2} to multiply every value;
 * {@code empirical(values=0.5;1;2.5)} lists the data inline. Values must be finite numbers >= 0 with a positive
 * mean.
 */
public final class Empirical implements Distribution {
    private final double[] sorted;
    private final String file, column;
    private final double scale;
    private final double mean, scv;

    private Empirical(double[] sorted, String file, String column, double scale) {
        this.sorted = sorted;
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
        return checkedMean(sortedCopy(copy), null, null, 1, "values");
    }

    /**
     * The values of column {@code column} of a CSV file with a header row. Blank lines are skipped; a missing
     * file or column, an empty cell, a non-number or a negative number fails with the line number.
     */
    public static Empirical fromCsv(Path path, String column) {
        Check.notNull("file", path);
        Check.notNull("column", column);
        if (!Files.isRegularFile(path))
            throw Check.fail("file", path, "no such file (looked for " + path.toAbsolutePath() + ")",
                    "check the path; relative paths start from the working directory " + Path.of("").toAbsolutePath());
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw Check.fail("file", path, "it cannot be read (" + e.getMessage() + ")", "check its permissions and encoding (UTF-8)");
        }
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) headerLine++;
        if (headerLine == lines.size()) throw Check.fail("file", path, "it is empty", "pass a CSV file with a header row");
        List<String> header = Csv.split(lines.get(headerLine));
        int col = header.indexOf(column.trim());
        if (col < 0) {
            throw Check.fail("column", "'" + column + "'", "no such column in " + path,
                    "the columns are " + String.join(", ", header));
        }
        double[] values = new double[lines.size()];
        int n = 0;
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> cells = Csv.split(lines.get(i));
            String where = path + " line " + (i + 1) + ", column '" + column + "'";
            String cell = col < cells.size() ? cells.get(col) : "";
            if (cell.isEmpty()) throw Check.fail(where, "''", "the cell is empty", "fill it or delete the row");
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw Check.fail(where, "'" + cell + "'", "it is not a number", "write a plain decimal number such as 0.25");
            }
            if (!(v >= 0) || Double.isInfinite(v))
                throw Check.fail(where, cell, "observations must be finite and >= 0", "correct or delete the row");
            values[n++] = v;
        }
        if (n == 0) throw Check.fail("column", "'" + column + "'", "it has no values in " + path, "add data rows below the header");
        return checkedMean(sortedCopy(Arrays.copyOf(values, n)), path.toString(), column.trim(), 1, "column '" + column + "'");
    }

    private static double[] sortedCopy(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    private static Empirical checkedMean(double[] sorted, String file, String column, double scale, String what) {
        if (!(sorted[sorted.length - 1] > 0))
            throw Check.fail(what, "all zeros", "the mean must be > 0", "a distribution of durations needs some positive values");
        return new Empirical(sorted, file, column, scale);
    }

    /** The number of observations. */
    public int size() { return sorted.length; }

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
        return new Empirical(s, file, column, file == null ? 1 : scale * f);   // inline data carries its scale in the values
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
