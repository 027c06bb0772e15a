package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * The M/G/1 processor-sharing queue: all jobs present share the server equally (a model of a CPU time-sliced
 * among requests). Its mean response time is insensitive to the service distribution beyond its mean
 * (Harchol-Balter 2013, ch. 22 and 30; Kleinrock 1976 vol. 2 §4.4):
 * E[T] = E[S] / (1 - rho), and conditionally on size x, E[T | S = x] = x / (1 - rho), so every job is slowed by
 * the same factor 1/(1 - rho) — even under heavy-tailed service where FCFS has infinite mean wait.
 * Assumptions: Poisson arrivals, rho = lambda E[S] &lt; 1, finite E[S].
 */
public record MG1PS(double arrivalRate, double meanService) {
    public MG1PS {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("meanService", meanService);
        Check.stable(arrivalRate * meanService);
    }

    public static MG1PS of(double arrivalRate, Distribution service) {
        Check.notNull("service", service);
        return new MG1PS(arrivalRate, service.mean());
    }

    public double utilization() { return arrivalRate * meanService; }

    public double meanResponse() { return meanService / (1 - utilization()); }

    /** E[T | S = x] = x / (1 - rho). */
    public double conditionalMeanResponse(double size) {
        Check.nonNegative("size", size);
        return size / (1 - utilization());
    }

    /** E[N] = rho / (1 - rho), as for M/M/1 (insensitivity). */
    public double meanNumberInSystem() { return utilization() / (1 - utilization()); }
}
