package brokerlab.dist;

import brokerlab.util.Check;

import java.nio.file.Path;
import java.util.List;

/**
 * Factories for every {@link Distribution}, the text parser, and the standard two-moment fit.
 *
 * <p>Spec forms read by {@link #parse} (names case-insensitive, parameters in any order, spaces ignored):
 * <pre>
 *   exp(rate=2)   exp(mean=0.5)           det(value=1)              erlang(k=2,mean=1)
 *   mixederlang(mean=1,scv=0.3)           hyperexp(mean=1,scv=4)    lognormal(mean=1,scv=4)
 *   pareto(alpha=2.5,mean=1)   (Type I, on [x_m, inf), SCV 0.8)     lomax(alpha=2.5,mean=1)  (Pareto II, on [0, inf), SCV 5)
 *   weibull(shape=0.5,mean=1)             uniform(min=0,max=2)
 *   empirical(file=trace.csv,column=latency_ms[,scale=2])            empirical(values=0.5;1;2.5)
 * </pre>
 * Each distribution's {@code spec()} reads back to an equal distribution.
 */
public final class Distributions {
    private Distributions() {}

    /**
     * Reads a spec such as {@code lomax(alpha=2.5, mean=1)}. A bad spec fails with one IllegalArgumentException
     * naming the problem and the fix: an unknown name lists the known ones, a missing, unknown, repeated or
     * non-numeric parameter names it, an out-of-range value gives the rule.
     */
    public static Distribution parse(String spec) {
        return SpecParser.parse(spec);
    }

    /** The distribution names {@link #parse} knows, in documentation order. */
    public static List<String> knownNames() {
        return SpecParser.names();
    }

    public static Exponential exponential(double rate) { return new Exponential(rate); }
    public static Exponential exponentialWithMean(double mean) { return Exponential.ofMean(mean); }
    public static Deterministic deterministic(double value) { return new Deterministic(value); }
    public static Erlang erlang(int k, double mean) { return new Erlang(k, mean); }
    public static MixedErlang mixedErlang(double mean, double scv) { return new MixedErlang(mean, scv); }
    public static Hyperexponential hyperexponential(double mean, double scv) { return new Hyperexponential(mean, scv); }
    public static Lognormal lognormal(double mean, double scv) { return new Lognormal(mean, scv); }
    /** Classic Pareto Type I on [x_m, infinity); see {@link Pareto} for how it differs from {@link #lomax}. */
    public static Pareto pareto(double alpha, double mean) { return new Pareto(alpha, mean); }
    /** Lomax (Pareto Type II) on [0, infinity); see {@link Lomax}. */
    public static Lomax lomax(double alpha, double mean) { return new Lomax(alpha, mean); }
    public static Weibull weibull(double shape, double mean) { return new Weibull(shape, mean); }
    public static Uniform uniform(double min, double max) { return new Uniform(min, max); }
    public static Empirical empirical(double... values) { return Empirical.of(values); }
    public static Empirical empirical(Path csv, String column) { return Empirical.fromCsv(csv, column); }

    /**
     * A standard distribution with exactly this mean and SCV, the usual choice when only two moments are known
     * (Tijms 2003, Appendix B; Whitt 1982):
     * <ul>
     *   <li>scv = 0: {@link Deterministic};</li>
     *   <li>0 &lt; scv &lt; 1: {@link Erlang} with k = 1/scv when that is a whole number, otherwise Tijms'
     *       {@link MixedErlang} E(k-1,k) with k = ceil(1/scv);</li>
     *   <li>scv = 1: {@link Exponential};</li>
     *   <li>scv &gt; 1: two-phase {@link Hyperexponential} with balanced means (exponential tail: bursty, not
     *       heavy-tailed; pick {@link Lomax} or {@link Lognormal} explicitly for heavy tails).</li>
     * </ul>
     */
    public static Distribution byMeanAndScv(double mean, double scv) {
        Check.positive("mean", mean);
        if (!(scv >= 0) || Double.isInfinite(scv))
            throw Check.fail("scv", scv, "a two-moment fit needs a finite scv >= 0",
                    "for infinite variance choose a heavy tail explicitly, e.g. lomax(alpha=1.8,mean=" + Specs.format(mean) + ")");
        if (scv == 0) return new Deterministic(mean);
        if (scv == 1) return Exponential.ofMean(mean);
        if (scv > 1) return new Hyperexponential(mean, scv);
        double k = Math.rint(1 / scv);
        if (Math.abs(1 / scv - k) <= 1e-9 * k) return new Erlang((int) k, mean);
        return new MixedErlang(mean, scv);
    }
}
