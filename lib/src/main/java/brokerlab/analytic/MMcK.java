package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * The M/M/c/K queue: Poisson arrivals at rate lambda, c exponential servers at rate mu, room for K jobs in total
 * (c in service, K - c waiting); an arrival that finds K jobs is rejected (HTTP 503). A finite birth-death chain,
 * so it is stable at any load (Kleinrock 1975 vol. 1 §3.7; Gross &amp; Harris, <i>Fundamentals of Queueing
 * Theory</i>, §2.5): p_n proportional to a^n/n! for n &lt;= c and a^c/c! rho^{n-c} for c &lt; n &lt;= K.
 *
 * <p>The terms are built in log space and normalised with the log-sum-exp trick, so c and K in the thousands
 * work. Waits and responses are for admitted jobs (Little with the admitted rate lambda (1 - p_K)).
 */
public record MMcK(double arrivalRate, double serviceRate, int servers, int capacity) {
    public MMcK {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
        Check.atLeast("servers", servers, 1);
        if (capacity < servers) {
            throw Check.fail("capacity", capacity, "it must be >= servers (" + servers + ")",
                    "capacity K counts jobs in service plus waiting");
        }
    }

    private static final String METHOD = "M/M/c/K birth-death chain (exact)";

    /** P(N = n) for n = 0..K. */
    public double[] stateProbabilities() {
        double a = arrivalRate / serviceRate;
        double[] log = new double[capacity + 1];
        double max = 0;
        for (int n = 1; n <= capacity; n++) {
            log[n] = log[n - 1] + Math.log(a / Math.min(n, servers));
            max = Math.max(max, log[n]);
        }
        double sum = 0;
        double[] p = new double[capacity + 1];
        for (int n = 0; n <= capacity; n++) {
            p[n] = Math.exp(log[n] - max);
            sum += p[n];
        }
        for (int n = 0; n <= capacity; n++) p[n] /= sum;
        return p;
    }

    /** P(arrival rejected) = p_K (PASTA). */
    public double blockingProbability() {
        double[] p = stateProbabilities();
        return p[capacity];
    }

    /** Admitted jobs per unit time, lambda (1 - p_K). */
    public double throughput() { return arrivalRate * admitted(stateProbabilities()); }

    /** 1 - p_K as the sum p_0 + ... + p_{K-1}: at heavy overload p_K nears one and the subtraction would lose digits. */
    private double admitted(double[] p) {
        double sum = 0;
        for (int n = 0; n < capacity; n++) sum += p[n];
        return sum;
    }

    public double meanNumberInSystem() {
        double[] p = stateProbabilities();
        double l = 0;
        for (int n = 0; n <= capacity; n++) l += n * p[n];
        return l;
    }

    public double meanQueueLength() {
        double[] p = stateProbabilities();
        double l = 0;
        for (int n = servers + 1; n <= capacity; n++) l += (n - servers) * p[n];
        return l;
    }

    /** Mean response of admitted jobs, L / (lambda (1 - p_K)). */
    public double meanResponse() { return meanNumberInSystem() / throughput(); }

    /** Mean wait of admitted jobs, Lq / (lambda (1 - p_K)). */
    public double meanWait() { return meanQueueLength() / throughput(); }

    /** P(an admitted job waits) = sum_{n=c}^{K-1} p_n / (1 - p_K). */
    public double waitProbability() {
        double[] p = stateProbabilities();
        double w = 0;
        for (int n = servers; n < capacity; n++) w += p[n];
        return w / admitted(p);
    }

    public QueueMetrics metrics() {
        double x = throughput();
        return new QueueMetrics(METHOD, x / (servers * serviceRate), waitProbability(), meanWait(),
                meanResponse(), meanQueueLength(), meanNumberInSystem(), x);
    }
}
