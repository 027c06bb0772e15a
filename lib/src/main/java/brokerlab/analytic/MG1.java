package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.complex.Complex;

/**
 * The M/G/1 FCFS queue by the Pollaczek–Khinchine formulas (Kleinrock 1975 vol. 1 §5.6–5.7; Harchol-Balter 2013
 * ch. 23). Poisson arrivals at rate lambda, i.i.d. service S with mean E[S] and second moment E[S^2], one server,
 * rho = lambda E[S] &lt; 1.
 *
 * <ul>
 *   <li>Mean wait (exact): E[Wq] = lambda E[S^2] / (2 (1 - rho)). When E[S^2] is infinite (e.g. Pareto/Lomax with
 *       alpha &lt;= 2) the mean wait is infinite, and {@link #meanWait()} returns an {@link Estimate.Infinite}
 *       saying so.</li>
 *   <li>Distributions: the P-K transform of the response time is T*(s) = (1 - rho) s S*(s) / (s - lambda (1 -
 *       S*(s))) (Kleinrock eq. 5.100–5.101). Its CDF, transform T*(s)/s, is inverted numerically by the
 *       Abate–Whitt Euler algorithm ({@link LaplaceInversion}) and percentiles follow by Brent root finding. This
 *       needs the service LST in closed form, so it is supported only when the queue was built with a
 *       {@link ServiceTransform} (exponential, deterministic, Erlang, hyperexponential). Accuracy, measured in the
 *       tests: about 1e-8 where the density is smooth (exponential, Erlang, hyperexponential); only about 1e-3
 *       absolute for deterministic service, whose wait density has kinks at every multiple of D that slow the Euler
 *       acceleration (checked against Erlang's exact M/D/1 formula).</li>
 * </ul>
 */
public final class MG1 {
    private static final String PK = "Pollaczek–Khinchine (exact)";

    private final double arrivalRate;
    private final double meanService;
    private final double secondMoment;
    private final ServiceTransform transform;

    private MG1(double arrivalRate, double meanService, double secondMoment, ServiceTransform transform) {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("meanService", meanService);
        if (!(secondMoment >= meanService * meanService * (1 - 1e-12))) {
            throw Check.fail("secondMoment", secondMoment, "it must be >= meanService^2 = "
                    + meanService * meanService + " (Jensen) or +Infinity", "pass E[S^2] = mean^2 (1 + SCV)");
        }
        Check.stable(arrivalRate * meanService);
        this.arrivalRate = arrivalRate;
        this.meanService = meanService;
        this.secondMoment = secondMoment;
        this.transform = transform;
    }

    /** From the first two moments; secondMoment may be {@code Double.POSITIVE_INFINITY}. */
    public static MG1 of(double arrivalRate, double meanService, double secondMoment) {
        return new MG1(arrivalRate, meanService, secondMoment, null);
    }

    /** From mean and SCV (SCV may be infinite). */
    public static MG1 withScv(double arrivalRate, double meanService, double scv) {
        Check.positive("meanService", meanService);
        if (!(scv >= 0)) throw Check.fail("scv", scv, "it must be >= 0 (or +Infinity)", "0 is deterministic, 1 exponential");
        return new MG1(arrivalRate, meanService, meanService * meanService * (1 + scv), null);
    }

    /**
     * From a {@link Distribution}. Exponential, deterministic, Erlang and hyperexponential service also get their
     * closed-form transform ({@link ServiceTransform#of}), which enables the CDFs and percentiles; other families
     * have the mean-value results only.
     */
    public static MG1 of(double arrivalRate, Distribution service) {
        Check.notNull("service", service);
        return ServiceTransform.of(service).map(t -> of(arrivalRate, t))
                .orElseGet(() -> withScv(arrivalRate, service.mean(), service.scv()));
    }

    /** True when the CDF and percentile methods apply (the queue has a closed-form service transform). */
    public boolean hasDistribution() {
        return transform != null;
    }

    /** With a closed-form service transform, which also enables the CDF and percentile methods. */
    public static MG1 of(double arrivalRate, ServiceTransform service) {
        Check.notNull("service", service);
        return new MG1(arrivalRate, service.mean(), service.secondMoment(), service);
    }

    public double utilization() { return arrivalRate * meanService; }

    public Estimate meanWait() {
        if (Double.isInfinite(secondMoment)) {
            return Estimate.infinite(PK, "M/G/1 mean wait is infinite because E[S^2] is infinite "
                    + "(e.g. Pareto/Lomax tail index alpha <= 2); percentiles and a simulation still make sense");
        }
        return Estimate.of(arrivalRate * secondMoment / (2 * (1 - utilization())), PK);
    }

    public Estimate meanResponse() { return meanWait().plus(meanService); }

    public Estimate meanQueueLength() { return meanWait().times(arrivalRate); }

    public Estimate meanNumberInSystem() { return meanResponse().times(arrivalRate); }

    /** P(wait &gt; 0) = rho, exact for M/G/1 FCFS (PASTA: the server is busy a fraction rho of the time). */
    public double waitProbability() { return utilization(); }

    /** Name of the numerical method behind {@link #responseCdf} and {@link #responsePercentile}. */
    public static final String INVERSION = "P-K transform inverted by Abate–Whitt Euler (M = "
            + LaplaceInversion.DEFAULT_M + ")";

    private ServiceTransform requireTransform() {
        if (transform == null) {
            throw new IllegalStateException("service transform: M/G/1 distributions need the service LST in closed "
                    + "form; build the queue with MG1.of(lambda, ServiceTransform) using Exponential, Deterministic, "
                    + "Erlang or Hyperexponential (heavy-tailed services have no closed-form LST: simulate them)");
        }
        return transform;
    }

    private Complex waitLst(Complex s) {
        Complex sStar = transform.lst(s);
        Complex denom = s.subtract(new Complex(1).subtract(sStar).multiply(arrivalRate));
        return s.multiply(1 - utilization()).divide(denom);
    }

    /** P(Wq &lt;= t) for t &gt; 0 (includes the atom 1 - rho at zero), by numerical inversion. */
    public double waitCdf(double t) {
        requireTransform();
        return clamp(LaplaceInversion.euler(s -> waitLst(s).divide(s), t));
    }

    /** P(T &lt;= t) for t &gt; 0, by numerical inversion of T*(s)/s. */
    public double responseCdf(double t) {
        requireTransform();
        return clamp(LaplaceInversion.euler(s -> waitLst(s).multiply(transform.lst(s)).divide(s), t));
    }

    private static double clamp(double p) { return Math.max(0, Math.min(1, p)); }

    /** The q-quantile of the response time, method {@link #INVERSION}. */
    public Estimate responsePercentile(double q) {
        Check.openUnit("q", q);
        requireTransform();
        double hi = meanResponse().value();
        while (responseCdf(hi) < q) hi *= 2;
        double finalHi = hi;
        double t = new BrentSolver(1e-12, 1e-9 * finalHi).solve(1_000, x -> responseCdf(x) - q, 1e-9 * finalHi, finalHi);
        return Estimate.of(t, INVERSION);
    }

    public QueueMetrics metrics() {
        Estimate w = meanWait();
        if (!w.isFinite()) {
            throw new ArithmeticException("M/G/1 metrics: " + ((Estimate.Infinite) w).reason());
        }
        return new QueueMetrics("M/G/1, " + PK, utilization(), waitProbability(), w.value(), w.value() + meanService,
                arrivalRate * w.value(), arrivalRate * (w.value() + meanService), arrivalRate);
    }
}
