package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * The M/M/c queue: Poisson arrivals at rate lambda, exponential service at rate mu per server, c identical
 * servers, one FCFS queue with infinite room. Exact results (Kleinrock 1975, <i>Queueing Systems</i> vol. 1, §3.5;
 * Harchol-Balter 2013, <i>Performance Modeling and Design of Computer Systems</i>, ch. 14).
 *
 * <p>Waiting time: with C = Erlang C(c, a) and theta = c mu - lambda, P(Wq &gt; t) = C e^{-theta t} (an atom
 * 1 - C at zero plus an exponential tail). Response time T = Wq + S with S ~ Exp(mu) independent of Wq (FCFS),
 * so P(T &gt; t) = (1 - C) e^{-mu t} + C P(E_theta + E_mu &gt; t). For two independent exponentials with rates
 * lo = min(theta, mu) and hi = max(theta, mu), d = hi - lo,
 * P(E_theta + E_mu &gt; t) = e^{-lo t} [1 + lo (1 - e^{-d t}) / d], whose limit at d = 0 is the Erlang-2 tail
 * (1 + lo t) e^{-lo t}.
 *
 * <p>Numerics, because high load is where people ask: the textbook form factors out e^{-mu t} and multiplies it
 * by (e^{(mu - theta) t} - 1) / (mu - theta), which under- and overflows together (NaN) once theta &lt; mu and
 * (mu - theta) t passes about 709, e.g. M/M/1 at rho = 0.99 for p99. Factoring out the slower rate lo instead
 * keeps every factor in [0, 1 + lo t]; {@code expm1} keeps the bracket exact at d = 0 (c mu - lambda = mu) and
 * accurate near it; the tail is combined in log space (log-sum-exp), so it never underflows before the
 * percentile is found; theta is formed with one rounding ({@code Math.fma}), and 1 - C from its own product
 * rather than by subtraction, so that rho = 1 - 1e-9 keeps its digits. The CDF is summed from non-negative
 * terms (a short Taylor series where the closed form would cancel), so small percentiles keep their digits too.
 * Response percentiles solve log P(T &gt; t) = log(1 - q), or P(T &lt;= t) = q for q &lt;= 1/2, by Brent's method
 * (commons-math3); checked against 60-digit reference values
 * ({@code tools/reference/mmc_percentiles.py}) for c up to 10^4 and rho up to 1 - 1e-9.
 *
 * <p>Assumptions: stationarity, rho = lambda / (c mu) &lt; 1 (checked).
 */
public record MMc(double arrivalRate, double serviceRate, int servers) {
    public MMc {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
        Check.atLeast("servers", servers, 1);
        Check.stable(arrivalRate / (servers * serviceRate));
    }

    private static final String METHOD = "M/M/c, Erlang C (exact)";

    /** Offered load a = lambda / mu, in erlangs (busy servers on average). */
    public double offeredLoad() { return arrivalRate / serviceRate; }

    /** rho = lambda / (c mu). */
    public double utilization() { return arrivalRate / (servers * serviceRate); }

    /** Erlang C: P(an arrival waits). */
    public double waitProbability() { return erlang()[0]; }

    /**
     * {C, 1 - C}, both from Erlang B: C = c B / D and 1 - C = (c - a)(1 - B) / D with D = (c - a) + a B
     * (Tijms 2003 §5.1), and c - a = theta / mu, so neither is a difference of nearly equal numbers.
     */
    private double[] erlang() {
        double a = offeredLoad();
        double b = ErlangB.blockingProbability(servers, a);
        double spare = theta() / serviceRate;
        double d = spare + a * b;
        return new double[]{servers * b / d, spare * (1 - b) / d};
    }

    /** theta = c mu - lambda, the decay rate of the conditional wait, with a single rounding. */
    private double theta() { return Math.fma(servers, serviceRate, -arrivalRate); }

    /** E[Wq] = C / (c mu - lambda). */
    public double meanWait() { return waitProbability() / theta(); }

    public double meanResponse() { return meanWait() + 1 / serviceRate; }

    /** E[Lq] = lambda E[Wq] (Little). */
    public double meanQueueLength() { return arrivalRate * meanWait(); }

    public double meanNumberInSystem() { return arrivalRate * meanResponse(); }

    public QueueMetrics metrics() {
        return new QueueMetrics(METHOD, utilization(), waitProbability(), meanWait(), meanResponse(),
                meanQueueLength(), meanNumberInSystem(), arrivalRate);
    }

    /** P(Wq &lt;= t) = 1 - C e^{-theta t} for t &gt;= 0. */
    public double waitCdf(double t) {
        Check.nonNegative("t", t);
        return 1 - waitProbability() * Math.exp(-theta() * t);
    }

    /** P(T &lt;= t), the closed form in the class comment, to full relative precision even for tiny t. */
    public double responseCdf(double t) {
        Check.nonNegative("t", t);
        return cdf(t, erlang());
    }

    /**
     * P(T &lt;= t) = (1 - C)(1 - e^{-mu t}) + C G(t), G(t) = P(E_lo + E_hi &lt;= t): a sum of non-negative terms, so
     * it keeps its relative precision as t goes to 0 (where the tail, 1 minus this, cannot).
     */
    private double cdf(double t, double[] erlang) {
        return erlang[1] * -Math.expm1(-serviceRate * t) + erlang[0] * sumOfTwoCdf(t);
    }

    /**
     * G(t) for the sum of two exponentials with rates lo &lt;= hi. For hi t &lt;= 1/2 by its Taylor series
     * G(t) = sum_{n &gt;= 2} (-1)^n lo hi h_{n-2} t^n / n!, h_m = sum_{k=0}^{m} lo^k hi^{m-k} (the closed form
     * cancels to its t^2 term there), else as -expm1(-lo t) - e^{-lo t} lo g.
     */
    private double sumOfTwoCdf(double t) {
        double theta = theta(), lo = Math.min(theta, serviceRate), hi = Math.max(theta, serviceRate);
        if (hi * t > 0.5) {
            double d = hi - lo, g = d == 0 ? t : -Math.expm1(-d * t) / d;
            return -Math.expm1(-lo * t) - Math.exp(-lo * t) * lo * g;
        }
        double h = 1, loPower = 1, power = t * t / 2, sum = 0;     // h_0 = 1, power = t^n / n! with n = 2
        for (int n = 2; n < 60; n++) {
            double term = (n % 2 == 0 ? 1 : -1) * lo * hi * h * power;
            sum += term;
            if (Math.abs(term) <= 1e-17 * sum) break;
            loPower *= lo;
            h = hi * h + loPower;                                    // h_{m} = hi h_{m-1} + lo^m
            power *= t / (n + 1);
        }
        return sum;
    }

    /** P(T &gt; t), the closed form in the class comment; positive down to about 1e-308, then 0. */
    public double responseTail(double t) {
        Check.nonNegative("t", t);
        return Math.exp(logResponseTail(t, erlang()));
    }

    /** log P(T &gt; t) = log[(1 - C) e^{-mu t} + C e^{-lo t} (1 + lo g)] with g = (1 - e^{-d t}) / d. */
    private double logResponseTail(double t, double[] erlang) {
        double mu = serviceRate, theta = theta();
        double lo = Math.min(theta, mu), d = Math.abs(theta - mu);
        double g = d == 0 ? t : -Math.expm1(-d * t) / d;
        double waited = Math.log(erlang[0]) - lo * t + Math.log1p(lo * g);
        double direct = Math.log(erlang[1]) - mu * t;
        return logSumExp(waited, direct);
    }

    private static double logSumExp(double x, double y) {
        double max = Math.max(x, y);
        if (max == Double.NEGATIVE_INFINITY) return max;
        return max + Math.log1p(Math.exp(Math.min(x, y) - max));
    }

    /** The q-quantile of Wq in closed form: 0 if q &lt;= 1 - C, else ln(C / (1 - q)) / theta. */
    public double waitPercentile(double q) {
        Check.openUnit("q", q);
        double[] e = erlang();
        return q <= e[1] ? 0.0 : (Math.log(e[0]) - Math.log1p(-q)) / theta();
    }

    /**
     * The q-quantile of the response time T, by Brent's method: on P(T &lt;= t) = q for q &lt;= 1/2 (precise at
     * tiny q) and on log P(T &gt; t) = log(1 - q) above (precise as q nears one).
     */
    public double responsePercentile(double q) {
        Check.openUnit("q", q);
        double[] e = erlang();
        String what = "M/M/" + servers + " response percentile q = " + q + " (lambda = " + arrivalRate + ", mu = " + serviceRate + ")";
        double hi = meanResponse();
        if (q <= 0.5) {
            while (cdf(hi, e) < q) hi *= 2;
            return Roots.brent(what, t -> cdf(t, e) - q, 0, hi, 1e-15, Double.MIN_VALUE);
        }
        double target = Math.log1p(-q);
        // log P(T > t) falls from 0 at t = 0 at least as fast as log[(1 + lo t) e^{-lo t}]: doubling ends
        while (logResponseTail(hi, e) > target) hi *= 2;
        return Roots.brent(what, t -> logResponseTail(t, e) - target, 0, hi, 1e-15, Double.MIN_VALUE);
    }
}
