package brokerlab.analytic;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * M/D/c exactly: Poisson arrivals at rate lambda, constant service time D, c servers, FCFS, infinite buffer
 * (Crommelin 1932; Tijms, <i>A First Course in Stochastic Models</i>, 2003, §5.2). With constant service every
 * job in service at time t has left by t + D, so the number in system obeys
 * {@code Q(t + D) = max(Q(t) - c, 0) + A}, A ~ Poisson(lambda D), at every t; its stationary law solves that
 * recursion. We solve it on 0..n-1 states by LU, doubling n (up to {@value #MAX_STATES}) until the mean
 * queue changes by less than 1e-9 relatively (the geometric tail beyond n is then negligible; LU round-off is
 * about 1e-13), and read Wq = E[(Q - c)^+] / lambda (Little) and P(wait) = P(Q &gt;= c) (PASTA).
 * <pre>{@code
 * new MDc(0.9, 1, 1).meanWait();   // 4.5, the Pollaczek–Khinchine value 0.9 / (2 · 0.1)
 * }</pre>
 */
public final class MDc {
    private static final String METHOD = "M/D/c embedded chain (Crommelin, exact)";
    /** The largest chain solved: LU costs n^3 / 3 operations, about a second at this size. */
    static final int MAX_STATES = 1600;
    private final double arrivalRate;
    private final double serviceTime;
    private final int servers;
    private final double meanQueueLength;
    private final double waitProbability;

    public MDc(double arrivalRate, double serviceTime, int servers) {
        this.arrivalRate = Check.positive("arrivalRate", arrivalRate);
        this.serviceTime = Check.positive("serviceTime", serviceTime);
        this.servers = Check.atLeast("servers", servers, 1);
        Check.stable(arrivalRate * serviceTime / servers);
        double rho = arrivalRate * serviceTime / servers;
        int n = Math.min(MAX_STATES, Math.max(100, 4 * servers + (int) Math.ceil(10 / (1 - rho))));
        double[] q = solve(n), p;
        do {
            if (n == MAX_STATES) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT, "M/D/c with c = %d at utilization %.6g "
                        + "needs more than %d states for an exact answer; use Approximations.cosmetatos", servers, rho, MAX_STATES));
            }
            n = Math.min(MAX_STATES, 2 * n);
            p = q;
            q = solve(n);
        } while (Math.abs(queue(q) - queue(p)) > 1e-9 * Math.max(queue(q), Double.MIN_NORMAL));
        this.meanQueueLength = queue(q);
        double w = 0;
        for (int i = servers; i < q.length; i++) w += q[i];
        this.waitProbability = w;
    }

    private double[] solve(int n) {
        var a = new PoissonDistribution(null, arrivalRate * serviceTime, 1e-12, 10_000_000);
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            int base = Math.max(i - servers, 0);
            for (int j = base; j < n; j++) m.addToEntry(j, i, a.probability(j - base));
            m.addToEntry(i, i, -1);
        }
        for (int j = 0; j < n; j++) m.setEntry(n - 1, j, 1);
        double[] b = new double[n];
        b[n - 1] = 1;
        return new LUDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
    }

    private double queue(double[] p) {
        double lq = 0;
        for (int i = servers; i < p.length; i++) lq += (i - servers) * p[i];
        return lq;
    }

    public double utilization() { return arrivalRate * serviceTime / servers; }
    public double meanQueueLength() { return meanQueueLength; }
    public double meanWait() { return meanQueueLength / arrivalRate; }
    public double meanResponse() { return meanWait() + serviceTime; }
    public double waitProbability() { return waitProbability; }
    public String method() { return METHOD; }
}
