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
 *       transforms are written with the service's tail and integrated-tail transforms
 *       ({@link ServiceTransform#tailTransform}, {@link ServiceTransform#integratedTailTransform}) so that neither
 *       small |s| (large t) nor rho near one subtracts nearly equal numbers, and the tail is inverted damped by
 *       its decay rate, so its error stays relative: M/M/1 percentiles come out within 1e-9 of
 *       -ln(1 - q)/(mu - lambda) from rho = 0.5 to 0.99999 and 1 - q from 0.01 to 1.1e-16, where the plain
 *       form was 3e-4 off at rho = 0.99999 and useless below 1 - q = 1e-9. This
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

    /**
     * W*(s) = (1 - rho) s / (s - lambda (1 - S*(s))) = (1 - rho) / den(s), den(s) = (1 - rho) + lambda s R2(s),
     * with R2(s) = (E[S] - R(s)) / s the service's integrated-tail transform
     * ({@link ServiceTransform#integratedTailTransform}) and R(s) = (1 - S*(s)) / s its tail transform: no
     * difference of nearly equal numbers at small |s| (large t), near s = 0 after a shift, or at rho near one.
     */
    private Complex waitLst(Complex s) {
        return denominator(s).reciprocal().multiply(1 - utilization());
    }

    private Complex denominator(Complex s) {
        return s.multiply(transform.integratedTailTransform(s)).multiply(arrivalRate).add(1 - utilization());
    }

    /** (1 - T*(s)) / s with T* = W* S*: lambda R2(s) / den(s) + W*(s) R(s), the transform of P(T &gt; t). */
    private Complex responseTailTransform(Complex s) {
        Complex den = denominator(s);
        Complex waitTail = transform.integratedTailTransform(s).multiply(arrivalRate).divide(den);
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
     * P(T &gt; t) for t &gt; 0, by numerical inversion of (1 - T*(s)) / s, damped: the inversion's error is absolute
     * (about 1e-11 of the function's scale), so it inverts g(t) = e^{gamma t} P(T &gt; t), whose transform is the
     * tail transform at s - gamma (Abate &amp; Whitt 2006, §7, scaling), and divides by e^{gamma t}. With gamma =
     * 0.9 eta, eta the tail's decay rate ({@link #decayRate()}), g stays within a few orders of its start, so
     * the relative error of P(T &gt; t) stays near 1e-10 far into the tail instead of growing as 1e-11 / P(T &gt; t).
     */
    public double responseTail(double t) {
        requireTransform();
        double gamma = 0.9 * decayRate();
        Complex shift = new Complex(gamma);
        double g = LaplaceInversion.euler(s -> responseTailTransform(s.subtract(shift)), t);
        return clamp(g * Math.exp(-gamma * t));
    }

    private double decayRate = Double.NaN;

    /**
     * The exponential decay rate eta of P(T &gt; t) (and of the wait): the root x in (0, abscissa) of the P-K
     * denominator (1 - rho) + lambda (E[S] - R(-x)) = 0, where R(-x) = E[(e^{x S} - 1) / x] grows from E[S] to
     * infinity, so the root is unique (Cramér–Lundberg; Tijms 2003 §2.5). For exponential service it is mu - lambda.
     */
    double decayRate() {
        requireTransform();
        if (Double.isNaN(decayRate)) {
            java.util.function.DoubleUnaryOperator den = x -> denominator(new Complex(-x)).getReal();
            double abscissa = transform.abscissa(), hi;
            if (Double.isFinite(abscissa)) {
                // R(-x) has a pole at the abscissa, so the denominator turns negative just left of it
                int k = 1;
                hi = abscissa / 2;
                // a transform that overflows there (Erlang with k = 10^4: E[e^{x S}] near e^5000) evaluates to NaN;
                // the root then lies far lower: come down to where the denominator is a number
                for (int halvings = 0; halvings < 1100 && Double.isNaN(den.applyAsDouble(hi)); halvings++) hi /= 2;
                while (!(den.applyAsDouble(hi) < 0)) {
                    if (++k > 60) throw Roots.failure("M/G/1 tail decay rate", new ArithmeticException("no sign change below " + abscissa));
                    hi = abscissa - Math.scalb(abscissa, -k);
                }
            } else {
                hi = 1 / meanService;
                while (den.applyAsDouble(hi) > 0) hi *= 2;
            }
            decayRate = Roots.brent("M/G/1 tail decay rate", den, 0, hi, 1e-15, Double.MIN_VALUE);
        }
        return decayRate;
    }

    private static double clamp(double p) { return Math.max(0, Math.min(1, p)); }

    /**
     * The q-quantile of the response time, method {@link #INVERSION}: Brent's method on P(T &gt; t) = 1 - q. The
     * damped tail inversion ({@link #responseTail}) keeps it within about 1e-9 relative for every double q &lt; 1
     * (checked against M/M/1 down to 1 - q = 1.1e-16).
     */
    public Estimate responsePercentile(double q) {
        Check.openUnit("q", q);
        requireTransform();
        double target = 1 - q;
        double hi = meanResponse().value();
        // the tail decays exponentially (light-tailed service), so a few dozen doublings always suffice
        for (int i = 0; responseTail(hi) > target; i++) {
            if (i == 200) {
                throw Roots.failure("M/G/1 response percentile q = " + q, new ArithmeticException(
                        "the inverted tail never fell below 1 - q = " + target));
            }
            hi *= 2;
        }
        // very skewed service (hyperexp with scv 1e12): the mean is huge but most jobs are short, so the quantile may
        // lie below 1e-9 of the mean; walk down to a bracket [lo, 2 lo] around it, tolerance relative to the bracket
        double lo = 1e-9 * hi;
        while (lo > Double.MIN_NORMAL && responseTail(lo) <= target) {
            hi = lo;
            lo /= 2;
        }
        double finalHi = hi;
        double t = Roots.brent("M/G/1 response percentile q = " + q, x -> responseTail(x) - target,
                lo, finalHi, 1e-12, 1e-12 * finalHi);
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
