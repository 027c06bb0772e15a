package brokerlab.analytic;

import brokerlab.util.Check;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The M/M/c queue: Poisson arrivals at rate lambda, exponential service at rate mu per server, c identical
 * servers, one FCFS queue with infinite room. Exact results (Kleinrock 1975, <i>Queueing Systems</i> vol. 1, §3.5;
 * Harchol-Balter 2013, <i>Performance Modeling and Design of Computer Systems</i>, ch. 14).
 *
 * <p>Waiting time: with C = Erlang C(c, a) and theta = c mu - lambda, P(Wq &gt; t) = C e^{-theta t} (an atom
 * 1 - C at zero plus an exponential tail). Response time T = Wq + S with S ~ Exp(mu) independent of Wq (FCFS),
 * so P(T &gt; t) = (1 - C) e^{-mu t} + C P(E_theta + E_mu &gt; t), where for two independent exponentials
 * P(E_theta + E_mu &gt; t) = e^{-mu t} [1 + mu (1 - e^{-(theta-mu) t}) / (theta - mu)], whose limit at
 * theta = mu is (1 + mu t) e^{-mu t} (the Erlang-2 tail). Writing the bracket with {@code expm1} makes it exact
 * in that special case and accurate near it. Response percentiles invert this CDF with a Brent root finder
 * (commons-math3).
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
    public double waitProbability() { return ErlangC.waitProbability(servers, offeredLoad()); }

    /** theta = c mu - lambda, the decay rate of the conditional wait. */
    private double theta() { return servers * serviceRate - arrivalRate; }

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

    /** P(T &lt;= t), the closed form in the class comment. */
    public double responseCdf(double t) {
        Check.nonNegative("t", t);
        return 1 - responseTail(t, waitProbability());
    }

    private double responseTail(double t, double c) {
        double mu = serviceRate;
        double d = theta() - mu;
        // (1 - e^{-d t}) / d, with its limit t at d = 0 (the special case c mu - lambda = mu).
        double ratio = d == 0 ? t : -Math.expm1(-d * t) / d;
        double sumTail = Math.exp(-mu * t) * (1 + mu * ratio);
        return (1 - c) * Math.exp(-mu * t) + c * sumTail;
    }

    /** The q-quantile of Wq in closed form: 0 if q &lt;= 1 - C, else ln(C / (1 - q)) / theta. */
    public double waitPercentile(double q) {
        Check.openUnit("q", q);
        double c = waitProbability();
        return q <= 1 - c ? 0.0 : Math.log(c / (1 - q)) / theta();
    }

    /** The q-quantile of the response time T, by Brent root finding on {@link #responseCdf(double)}. */
    public double responsePercentile(double q) {
        Check.openUnit("q", q);
        double c = waitProbability();
        double hi = meanResponse();
        while (responseTail(hi, c) > 1 - q) hi *= 2;
        double finalHi = hi;
        return new BrentSolver(1e-14, 1e-12 * finalHi)
                .solve(10_000, t -> (1 - q) - responseTail(t, c), 0, finalHi);
    }
}
