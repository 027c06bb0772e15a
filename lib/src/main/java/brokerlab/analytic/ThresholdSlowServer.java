package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Two heterogeneous exponential servers, one FCFS queue, Poisson arrivals, and the threshold rule of Lin &amp; Kumar
 * (W. Lin, P. R. Kumar, "Optimal control of a queueing system with two heterogeneous servers", IEEE Trans.
 * Automatic Control 29(8):696–703, 1984), who proved that the mean-response-optimal policy has this form: the
 * fast server (rate mu1) is used whenever it is free; the slow server (rate mu2 &lt;= mu1) starts a job only when at
 * least {@code threshold} jobs are waiting. Threshold 1 is the fastest-free-server rule.
 *
 * <p>Exact CTMC on states (n, b): n jobs in system, b = 1 if the slow server is busy. States with b = 0 exist for
 * n &lt;= threshold; from level threshold + 1 upward only (n, 1) exists and the chain is birth–death with birth
 * lambda and death mu1 + mu2, so p(n + 1, 1) = r p(n, 1), r = lambda/(mu1 + mu2). The finite part is solved with
 * {@link StationaryDistribution} and the geometric tail is summed in closed form: no truncation (the neglected
 * tail mass is 0). Stable iff lambda &lt; mu1 + mu2.
 */
public final class ThresholdSlowServer {
    private static final String METHOD = "Lin–Kumar threshold CTMC (exact, geometric tail summed)";
    private final double arrivalRate;
    private final double fastRate;
    private final double slowRate;
    private final int threshold;
    private final double[] idleSlow;   // p(n, 0), n = 0..threshold
    private final double[] busySlow;   // p(n, 1), n = 1..threshold+1 (index n)
    private final double r;

    public ThresholdSlowServer(double arrivalRate, double fastRate, double slowRate, int threshold) {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("fastRate", fastRate);
        Check.positive("slowRate", slowRate);
        if (slowRate > fastRate) {
            throw Check.fail("slowRate", slowRate, "it must be <= fastRate (" + fastRate + ")", "swap the two rates");
        }
        Check.atLeast("threshold", threshold, 1);
        Check.stable("utilisation arrivalRate/(fastRate+slowRate)", arrivalRate / (fastRate + slowRate));
        this.arrivalRate = arrivalRate;
        this.fastRate = fastRate;
        this.slowRate = slowRate;
        this.threshold = threshold;
        this.r = arrivalRate / (fastRate + slowRate);
        int k = threshold;
        int n0 = k + 1;                  // states (0..k, 0)
        int size = n0 + (k + 1);         // plus (1..k+1, 1)
        double[][] q = new double[size][size];
        for (int n = 0; n <= k; n++) {   // slow idle: fast busy iff n >= 1, waiting = n - 1
            int s = n;
            if (n < k) q[s][n + 1] += arrivalRate;        // waiting becomes n < k: slow stays idle
            else q[s][busyIndex(n0, n + 1)] += arrivalRate; // waiting reaches k: slow starts
            if (n >= 1) q[s][n - 1] += fastRate;
        }
        for (int n = 1; n <= k + 1; n++) { // slow busy; fast busy iff n >= 2; waiting = max(0, n - 2)
            int s = busyIndex(n0, n);
            if (n < k + 1) q[s][busyIndex(n0, n + 1)] += arrivalRate; // level k+2 is the tail: cut-balanced, removed
            if (n >= 2) q[s][busyIndex(n0, n - 1)] += fastRate;
            // slow completes: it restarts iff at least k wait (n - 2 >= k), else goes idle
            if (n - 2 >= k) q[s][busyIndex(n0, n - 1)] += slowRate;
            else q[s][n - 1] += slowRate;
        }
        double[] pi = StationaryDistribution.solve(q);
        double top = pi[busyIndex(n0, k + 1)];
        double z = 1 - top + top / (1 - r);
        idleSlow = new double[k + 1];
        busySlow = new double[k + 2];
        for (int n = 0; n <= k; n++) idleSlow[n] = pi[n] / z;
        for (int n = 1; n <= k + 1; n++) busySlow[n] = pi[busyIndex(n0, n)] / z;
    }

    private static int busyIndex(int n0, int n) { return n0 + n - 1; }

    public int threshold() { return threshold; }

    public double meanNumberInSystem() {
        double l = 0;
        for (int n = 0; n <= threshold; n++) l += n * idleSlow[n];
        for (int n = 1; n <= threshold; n++) l += n * busySlow[n];
        int top = threshold + 1;
        // sum_{j>=0} (top + j) r^j = top/(1-r) + r/(1-r)^2
        return l + busySlow[top] * (top / (1 - r) + r / ((1 - r) * (1 - r)));
    }

    /** E[T] = L / lambda (Little). */
    public double meanResponse() { return meanNumberInSystem() / arrivalRate; }

    /** Fraction of time the slow server is busy. */
    public double slowServerUtilization() {
        double u = 0;
        for (int n = 1; n <= threshold; n++) u += busySlow[n];
        return u + busySlow[threshold + 1] / (1 - r);
    }

    /** Fraction of time the fast server is busy: n &gt;= 1 with slow idle, or n &gt;= 2 with slow busy. */
    public double fastServerUtilization() {
        double u = 0;
        for (int n = 1; n <= threshold; n++) u += idleSlow[n];
        for (int n = 2; n <= threshold; n++) u += busySlow[n];
        return u + busySlow[threshold + 1] / (1 - r);
    }

    public String method() { return METHOD; }

    public double arrivalRate() { return arrivalRate; }
    public double fastRate() { return fastRate; }
    public double slowRate() { return slowRate; }
}
