package brokerlab.stats.tail;

import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Peaks over threshold: fit a generalized Pareto distribution (GPD) to the exceedances over a high threshold
 * (Pickands–Balkema–de Haan; Coles, <i>An Introduction to Statistical Modeling of Extreme Values</i>, 2001, ch. 4).
 * The fit uses probability-weighted moments (Hosking &amp; Wallis 1987): with a0 = E[Y] and
 * a1 = E[Y (1 - F(Y))] estimated from the sorted exceedances with plotting positions (i - 0.35)/m,
 * <pre>  xi = 2 - a0 / (a0 - 2 a1),   sigma = 2 a0 a1 / (a0 - 2 a1),</pre>
 * which follows from a_s = sigma / ((s+1)(s+1-xi)). PWM needs xi &lt; 1 (finite mean) and is accurate for
 * xi &lt; 0.5; above that its bias grows — the {@code method} field says PWM so a reader knows.
 * A Lomax (Pareto II) sample is exactly GPD above any threshold with xi = 1/alpha, which the tests use.
 */
public final class PeaksOverThreshold {
    private PeaksOverThreshold() {}

    /** Fits the exceedances over the empirical {@code thresholdQuantile} (e.g. 0.95: the top 5%). */
    public static GpdFit fit(double[] sample, double thresholdQuantile) {
        Check.openUnit("thresholdQuantile", thresholdQuantile);
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int index = (int) Math.floor(thresholdQuantile * (sorted.length - 1));
        return fitAbove(sorted, sorted[index]);
    }

    /** Fits the exceedances over the value {@code threshold}. */
    public static GpdFit fitAbove(double[] sample, double threshold) {
        Check.notNull("sample", sample);
        Check.finite("threshold", threshold);
        double[] y = Arrays.stream(sample).filter(x -> x > threshold).map(x -> x - threshold).sorted().toArray();
        int m = y.length;
        if (m < 10) {
            throw Check.fail("threshold", threshold, "only " + m + " observations exceed it; a tail fit needs at least 10",
                    "lower the threshold or collect more data");
        }
        double a0 = 0, a1 = 0;
        for (int i = 0; i < m; i++) {
            double p = (i + 1 - 0.35) / m;
            a0 += y[i];
            a1 += (1 - p) * y[i];
        }
        a0 /= m;
        a1 /= m;
        double d = a0 - 2 * a1;
        double xi = 2 - a0 / d;
        double sigma = 2 * a0 * a1 / d;
        return new GpdFit(threshold, xi, sigma, m, sample.length, "probability-weighted moments (Hosking & Wallis 1987)");
    }
}
