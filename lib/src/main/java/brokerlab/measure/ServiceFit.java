package brokerlab.measure;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.dist.Lomax;
import brokerlab.stats.tail.HillEstimate;
import brokerlab.stats.tail.HillEstimator;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * A service-time model fitted to measured service times, the first step of sizing a broker from a measurement.
 * Two moments (mean and SCV) and the Hill estimate of the tail index (k = floor(sqrt(n)) top order statistics,
 * {@link HillEstimator}) decide the family:
 * <ul>
 *   <li>SCV above 1 and a Hill 95% upper bound below {@value #HEAVY_TAIL_BOUND}: a power-law tail is evident, so
 *       {@link Lomax} with the Hill alpha and the measured mean (a two-moment fit would give a hyperexponential,
 *       whose exponential tail underestimates high percentiles);</li>
 *   <li>SCV below 0.01: {@link Deterministic} at the mean (a sleep of a fixed time plus a little timer noise);</li>
 *   <li>otherwise the standard two-moment fit {@link Distributions#byMeanAndScv}.</li>
 * </ul>
 * The rule says which evidence it used in {@link #reason()}. It is a rule, not a test: with a few thousand
 * observations a lognormal and a Lomax tail look alike to both moments and Hill (Hill's estimator reads a power law
 * into lognormal data, Embrechts, Klüppelberg &amp; Mikosch 1997, §6.4; and a Lomax sample's SCV stays far below its
 * true value, which converges slowly). {@link #twoMoment()} is the other candidate: predict with both, and the spread
 * between the two predictions is the part of the answer the data cannot decide.
 *
 * @param samples      observations used
 * @param mean         sample mean
 * @param scv          sample SCV, variance / mean^2
 * @param hill         the Hill estimate of the tail index
 * @param distribution the fitted model
 * @param reason       which rule chose it, with the numbers
 */
public record ServiceFit(int samples, double mean, double scv, HillEstimate hill, Distribution distribution, String reason) {
    /** Hill upper bounds below this mark a power-law tail: moments of order 4 and up would be infinite. */
    public static final double HEAVY_TAIL_BOUND = 4;

    /** Fits a model to {@code samples} (positive service times, at least 20). */
    public static ServiceFit of(double[] samples) {
        Check.notNull("samples", samples);
        if (samples.length < 20) throw Check.fail("samples", samples.length, "a fit needs at least 20 observations", "measure longer");
        double sum = 0, sq = 0;
        for (double x : samples) {
            if (!(x > 0) || Double.isInfinite(x)) throw Check.fail("sample", x, "service times must be positive and finite", "drop bad rows");
            sum += x;
        }
        double mean = sum / samples.length;
        for (double x : samples) sq += (x - mean) * (x - mean);
        double scv = sq / (samples.length - 1) / (mean * mean);
        HillEstimate hill = HillEstimator.estimate(samples);
        if (scv > 1 && hill.upper() < HEAVY_TAIL_BOUND && hill.alpha() > 1) {
            return new ServiceFit(samples.length, mean, scv, hill, new Lomax(hill.alpha(), mean), String.format(Locale.ROOT,
                    "SCV %.2f > 1 and Hill alpha %.2f [%.2f, %.2f] < %.0f: power-law tail, Lomax", scv, hill.alpha(),
                    hill.lower(), hill.upper(), HEAVY_TAIL_BOUND));
        }
        if (scv < 0.01) {
            return new ServiceFit(samples.length, mean, scv, hill, new Deterministic(mean),
                    String.format(Locale.ROOT, "SCV %.4f < 0.01: deterministic", scv));
        }
        return new ServiceFit(samples.length, mean, scv, hill, Distributions.byMeanAndScv(mean, scv), String.format(Locale.ROOT,
                "SCV %.2f, Hill alpha %.2f [%.2f, %.2f]: no evident power-law tail, two-moment fit", scv, hill.alpha(),
                hill.lower(), hill.upper()));
    }

    /** The two-moment fit (mean and SCV only, {@link Distributions#byMeanAndScv}), whatever the rule chose. */
    public Distribution twoMoment() {
        return scv < 0.01 ? new Deterministic(mean) : Distributions.byMeanAndScv(mean, scv);
    }

    @Override public String toString() {
        return distribution.spec() + " (" + reason + ", n = " + samples + ")";
    }
}
