package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * Mean waiting time E[Wq] in multi-server and non-Markovian queues by named two-moment approximations, each
 * returning an {@link Estimate} that carries its method. Inputs: arrival rate lambda, mean service E[S], squared
 * coefficients of variation ca^2 (inter-arrival) and cs^2 (service), c servers, rho = lambda E[S] / c &lt; 1.
 *
 * <ul>
 *   <li>{@link #allenCunneen}: G/G/c, Wq ~ (ca^2 + cs^2)/2 · Wq(M/M/c) (Allen 1990, <i>Probability, Statistics and
 *       Queueing Theory</i>, §6.5; Allen &amp; Cunneen 1980).</li>
 *   <li>{@link #leeLongton}: M/G/c, Wq ~ (1 + cs^2)/2 · Wq(M/M/c) (Lee &amp; Longton 1959; Tijms 2003 §5.2).</li>
 *   <li>{@link #cosmetatos}: M/D/c, Wq ~ ½ [1 + (1 - rho)(c - 1)(sqrt(4 + 5c) - 2) / (16 rho c)] · Wq(M/M/c)
 *       (Cosmetatos 1976; Tijms 2003 §5.2). Exact at c = 1 (then it is the M/D/1 P-K value ½ Wq(M/M/1)).</li>
 *   <li>{@link #kingman}: G/G/1, Wq ~ rho/(1 - rho) · (ca^2 + cs^2)/2 · E[S] (Kingman 1961 heavy-traffic form);
 *       exact (it is P-K) when ca^2 = 1.</li>
 *   <li>{@link #kimura}: M/G/c, the system interpolation between M/D/c and M/M/c of Kimura (T. Kimura,
 *       "Approximations for multi-server queues: system interpolations", Queueing Systems 17, 1994):
 *       Wq ~ (1 + cs^2) / (2 cs^2 / Wq(M/M/c) + (1 - cs^2) / Wq(M/D/c)), with Wq(M/D/c) by Cosmetatos. It
 *       reproduces M/M/c at cs^2 = 1, the M/D/c value at cs^2 = 0 and the exact P-K value at c = 1 for every
 *       cs^2; the denominator stays positive because Wq(M/D/c)/Wq(M/M/c) &gt;= ½. (Form as reproduced from
 *       Kimura's paper without re-checking its equation number here; the limits above are verified by tests.)</li>
 * </ul>
 * {@link #best} dispatches to the default formula and names it: the most accurate one that does not
 * under-estimate on the reality-gap map (see {@link #KIMURA_MAX_SCV}).
 * Two-moment formulas need finite SCVs: with infinite service variance they throw, except for one server where
 * the mean wait is provably infinite (Kiefer–Wolfowitz) and an {@link Estimate.Infinite} is returned; for
 * c &gt; 1 decide finiteness with {@link HeavyTail}.
 */
public final class Approximations {
    private Approximations() {}

    public static final String ALLEN_CUNNEEN = "Allen–Cunneen (approximation)";
    public static final String LEE_LONGTON = "Lee–Longton (approximation)";
    public static final String COSMETATOS = "Cosmetatos (approximation)";
    public static final String KINGMAN = "Kingman (approximation)";
    public static final String KIMURA = "Kimura system interpolation (approximation)";
    public static final String ERLANG_C = "M/M/c, Erlang C (exact)";
    public static final String PK = "Pollaczek–Khinchine (exact)";

    /**
     * The largest service SCV at which {@link #best} uses Kimura for M/G/c; above it, Allen–Cunneen. The rule comes
     * from the reality-gap map of notebook 11 ({@code data/reality-gap.csv}, c = 4, rho 0.3 to 0.95, hyperexponential
     * and lognormal service; {@link ApproximationErrors}): up to SCV 2 Kimura stays within 10% of simulation at every
     * mapped point, but from SCV 4 it under-estimates the mean wait (by 11% at SCV 4 and up to 63% at SCV 25, where a
     * plan built on it would be short of servers), while Allen–Cunneen over-estimates there and never under-estimates
     * beyond the simulation's noise: a capacity plan built on it errs towards one server too many, never too few.
     */
    public static final double KIMURA_MAX_SCV = 2;

    private static void checkCommon(double arrivalRate, double meanService, int servers) {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("meanService", meanService);
        Check.atLeast("servers", servers, 1);
        Check.stable(arrivalRate * meanService / servers);
    }

    private static void checkScv(String name, double scv) {
        if (Double.isInfinite(scv) && scv > 0) {
            throw Check.fail(name, scv, "two-moment approximations need a finite SCV",
                    "for heavy-tailed service use HeavyTail.meanWaitFinite(alpha, servers, offeredLoad) to decide "
                            + "whether the mean wait is finite, then simulate");
        }
        Check.nonNegative(name, scv);
    }

    private static double mmcWait(double arrivalRate, double meanService, int servers) {
        return new MMc(arrivalRate, 1 / meanService, servers).meanWait();
    }

    public static Estimate allenCunneen(double arrivalRate, double meanService, double arrivalScv, double serviceScv,
                                        int servers) {
        checkCommon(arrivalRate, meanService, servers);
        checkScv("arrivalScv", arrivalScv);
        checkScv("serviceScv", serviceScv);
        return Estimate.of((arrivalScv + serviceScv) / 2 * mmcWait(arrivalRate, meanService, servers), ALLEN_CUNNEEN);
    }

    public static Estimate leeLongton(double arrivalRate, double meanService, double serviceScv, int servers) {
        checkCommon(arrivalRate, meanService, servers);
        checkScv("serviceScv", serviceScv);
        return Estimate.of((1 + serviceScv) / 2 * mmcWait(arrivalRate, meanService, servers), LEE_LONGTON);
    }

    /** M/D/c with constant service time {@code serviceTime}. */
    public static Estimate cosmetatos(double arrivalRate, double serviceTime, int servers) {
        checkCommon(arrivalRate, serviceTime, servers);
        double rho = arrivalRate * serviceTime / servers;
        double correction = (1 - rho) * (servers - 1) * (Math.sqrt(4 + 5.0 * servers) - 2) / (16 * rho * servers);
        return Estimate.of(0.5 * (1 + correction) * mmcWait(arrivalRate, serviceTime, servers), COSMETATOS);
    }

    public static Estimate kingman(double arrivalRate, double meanService, double arrivalScv, double serviceScv) {
        checkCommon(arrivalRate, meanService, 1);
        checkScv("arrivalScv", arrivalScv);
        if (Double.isInfinite(serviceScv) && serviceScv > 0) {
            return Estimate.infinite(KINGMAN, "GI/G/1 mean wait is infinite because E[S^2] is infinite "
                    + "(Kiefer–Wolfowitz 1956: E[Wq] < infinity iff E[S^2] < infinity)");
        }
        checkScv("serviceScv", serviceScv);
        double rho = arrivalRate * meanService;
        return Estimate.of(rho / (1 - rho) * (arrivalScv + serviceScv) / 2 * meanService, KINGMAN);
    }

    public static Estimate kimura(double arrivalRate, double meanService, double serviceScv, int servers) {
        checkCommon(arrivalRate, meanService, servers);
        checkScv("serviceScv", serviceScv);
        double wm = mmcWait(arrivalRate, meanService, servers);
        double wd = cosmetatos(arrivalRate, meanService, servers).value();
        return Estimate.of((1 + serviceScv) / (2 * serviceScv / wm + (1 - serviceScv) / wd), KIMURA);
    }

    /**
     * The default mean wait, naming its method: Erlang C when ca^2 = cs^2 = 1 (exact); Pollaczek–Khinchine when
     * ca^2 = 1 and c = 1 (exact, including M/D/1 and an infinite value when cs^2 = infinity); Cosmetatos for M/D/c;
     * Kimura for other M/G/c up to cs^2 = {@link #KIMURA_MAX_SCV}, Allen–Cunneen above it (where Kimura
     * under-estimates); Kingman for G/G/1 with ca^2 != 1; Allen–Cunneen for G/G/c. SCVs equal to 0 or 1 are
     * recognised within 1e-12.
     */
    public static Estimate best(double arrivalRate, double meanService, double arrivalScv, double serviceScv,
                                int servers) {
        checkCommon(arrivalRate, meanService, servers);
        checkScv("arrivalScv", arrivalScv);
        boolean poisson = Math.abs(arrivalScv - 1) < 1e-12;
        if (servers == 1 && Double.isInfinite(serviceScv) && serviceScv > 0) {
            return kingman(arrivalRate, meanService, arrivalScv, serviceScv);
        }
        checkScv("serviceScv", serviceScv);
        if (poisson && Math.abs(serviceScv - 1) < 1e-12) {
            return Estimate.of(mmcWait(arrivalRate, meanService, servers), ERLANG_C);
        }
        if (poisson && servers == 1) {
            double rho = arrivalRate * meanService;
            double secondMoment = meanService * meanService * (1 + serviceScv);
            return Estimate.of(arrivalRate * secondMoment / (2 * (1 - rho)), PK);
        }
        if (poisson && serviceScv < 1e-12) return cosmetatos(arrivalRate, meanService, servers);
        if (poisson && serviceScv <= KIMURA_MAX_SCV) return kimura(arrivalRate, meanService, serviceScv, servers);
        if (poisson) return allenCunneen(arrivalRate, meanService, 1, serviceScv, servers);
        if (servers == 1) return kingman(arrivalRate, meanService, arrivalScv, serviceScv);
        return allenCunneen(arrivalRate, meanService, arrivalScv, serviceScv, servers);
    }

    /** {@link #best} plus the mean service time: the mean response E[T] = E[Wq] + E[S]. */
    public static Estimate bestMeanResponse(double arrivalRate, double meanService, double arrivalScv,
                                            double serviceScv, int servers) {
        return best(arrivalRate, meanService, arrivalScv, serviceScv, servers).plus(meanService);
    }

    /** {@link #bestMeanResponse} for Poisson arrivals and a service {@link Distribution} (its mean and SCV). */
    public static Estimate bestMeanResponse(double arrivalRate, Distribution service, int servers) {
        Check.notNull("service", service);
        return bestMeanResponse(arrivalRate, service.mean(), 1, service.scv(), servers);
    }
}
