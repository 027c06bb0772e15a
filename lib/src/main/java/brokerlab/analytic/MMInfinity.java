package brokerlab.analytic;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The M/M/infinity (more generally M/G/infinity) queue: every job gets its own server, nobody waits. The number in
 * system is Poisson with mean a = lambda E[S], insensitive to the service distribution beyond its mean (Kleinrock
 * 1975 vol. 1 §3.6; Harchol-Balter 2013 ch. 14). Useful as the "enough servers" limit and for pure delays
 * (network latency, think time).
 */
public record MMInfinity(double arrivalRate, double serviceRate) {
    public MMInfinity {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
    }

    public double meanNumberInSystem() { return arrivalRate / serviceRate; }

    public double meanResponse() { return 1 / serviceRate; }

    public double meanWait() { return 0; }

    /** P(N = n), Poisson(a). */
    public double probabilityOf(int n) {
        Check.atLeast("n", n, 0);
        return new PoissonDistribution(null, meanNumberInSystem(), PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).probability(n);
    }

    public QueueMetrics metrics() {
        return new QueueMetrics("M/M/infinity, Poisson occupancy (exact)", 0, 0, 0, meanResponse(), 0,
                meanNumberInSystem(), arrivalRate);
    }
}
