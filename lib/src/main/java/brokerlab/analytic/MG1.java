package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;
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
 *       S*(s))) (Kleinrock eq. 5.100–5.101). Its tail, transform (1 - T*(s))/s, is inverted numerically by the
 *       Abate–Whitt Euler algorithm ({@link LaplaceInversion}) and percentiles follow by Brent root finding. The
 *       transforms are written with the service tail transform (1 - S*(s))/s ({@link ServiceTransform#tailTransform})
 *       so that neither small |s| (large t) nor rho near one subtracts nearly equal numbers: at rho = 0.99999 the
 *       M/M/1 p99 comes out within 1e-7 of ln(100)/(mu - lambda), where the plain form was 3e-4 off. This
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

    /** From a {@link Distribution}; an exponential one also gets its closed-form transform (percentiles enabled). */
    public static MG1 of(double arrivalRate, Distribution service) {
        Check.notNull("service", service);
        if (service instanceof brokerlab.dist.Exponential e) return of(arrivalRate, new ServiceTransform.Exponential(e.rate()));
        return withScv(arrivalRate, service.mean(), service.scv());
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

    /**
     * W*(s) = (1 - rho) s / (s - lambda (1 - S*(s))) = (1 - rho) / ((1 - rho) + lambda D(s)), with
     * D(s) = E[S] - R(s) and R(s) = (1 - S*(s)) / s the service tail transform: no difference of nearly equal
     * numbers at small |s| (large t) or at rho near one.
     */
    private Complex waitLst(Complex s) {
        return denominator(s).reciprocal().multiply(1 - utilization());
    }

    private Complex denominator(Complex s) {
        Complex d = new Complex(meanService).subtract(transform.tailTransform(s));
        return d.multiply(arrivalRate).add(1 - utilization());
    }

    /** (1 - T*(s)) / s with T* = W* S*: lambda D(s) / (s den(s)) + W*(s) R(s), the transform of P(T &gt; t). */
    private Complex responseTailTransform(Complex s) {
        Complex den = denominator(s);
        Complex d = new Complex(meanService).subtract(transform.tailTransform(s));
        Complex waitTail = d.multiply(arrivalRate).divide(s.multiply(den));
        return waitTail.add(den.reciprocal().multiply(1 - utilization()).multiply(transform.tailTransform(s)));
    }

    /** P(Wq &lt;= t) for t &gt; 0 (includes the atom 1 - rho at zero), by numerical inversion. */
    public double waitCdf(double t) {
        requireTransform();
        return clamp(LaplaceInversion.euler(s -> waitLst(s).divide(s), t));
    }

    /** P(T &lt;= t) for t &gt; 0: one minus {@link #responseTail(double)}. */
    public double responseCdf(double t) {
        return clamp(1 - responseTail(t));
    }

    /**
     * P(T &gt; t) for t &gt; 0, by numerical inversion of (1 - T*(s)) / s. Its error is absolute, about 1e-11 in the
     * tests, so tail probabilities below about 1e-9 lose relative accuracy.
     */
    public double responseTail(double t) {
        requireTransform();
        return clamp(LaplaceInversion.euler(this::responseTailTransform, t));
    }

    private static double clamp(double p) { return Math.max(0, Math.min(1, p)); }

    /** The smallest tail probability 1 - q whose percentile the inversion resolves (its error is about 1e-11). */
    public static final double SMALLEST_TAIL = 1e-9;

    /**
     * The q-quantile of the response time, method {@link #INVERSION}: Brent's method on P(T &gt; t) = 1 - q, for
     * 1 - q &gt;= {@link #SMALLEST_TAIL}; for exponential service {@link MMc} has the closed form at any q.
     */
    public Estimate responsePercentile(double q) {
        Check.openUnit("q", q);
        requireTransform();
        double target = 1 - q;
        if (!(target >= SMALLEST_TAIL)) {
            throw Check.fail("q", q, "transform inversion resolves tail probabilities 1 - q down to " + SMALLEST_TAIL
                    + " only (its error is about 1e-11)", "ask for q <= " + (1 - SMALLEST_TAIL) + ", or simulate");
        }
        double hi = meanResponse().value();
        // the tail decays exponentially (light-tailed service), so a few dozen doublings always suffice unless
        // 1 - q is below the inversion's absolute error
        for (int i = 0; responseTail(hi) > target; i++) {
            if (i == 200) {
                throw Roots.failure("M/G/1 response percentile q = " + q, new ArithmeticException(
                        "the inverted tail never fell below 1 - q = " + target + "; the inversion's absolute error is about 1e-11"));
            }
            hi *= 2;
        }
        double finalHi = hi;
        double t = Roots.brent("M/G/1 response percentile q = " + q, x -> responseTail(x) - target,
                1e-9 * finalHi, finalHi, 1e-12, 1e-9 * finalHi);
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
