package brokerlab.cli;

/**
 * Textbook formulas written out independently of the library, for the attack suite's valid extremes: Erlang B and C
 * in log space (so c = 1000 or a = 10^6 cannot overflow), the M/M/c response-time tail and its percentiles, and the
 * M/M/c/K blocking probability from the birth-death chain. Kleinrock vol. 1 §3.5-3.6; Tijms 2003 §5.1.
 */
final class QueueTheory {
    private QueueTheory() {}

    /** Erlang C: P(wait) in M/M/c with offered load a &lt; c, from log a^k / k! summed with a running maximum. */
    static double erlangC(int c, double a) {
        // log of sum_{k<c} a^k/k! and of a^c/c! * c/(c - a)
        double logTerm = 0, logSum = 0;
        for (int k = 1; k < c; k++) {
            logTerm += Math.log(a / k);
            logSum = logAdd(logSum, logTerm);
        }
        double logTop = logTerm + Math.log(a / c) + Math.log(c / (c - a));
        return Math.exp(logTop - logAdd(logSum, logTop));
    }

    private static double logAdd(double x, double y) {
        double m = Math.max(x, y);
        return m + Math.log(Math.exp(x - m) + Math.exp(y - m));
    }

    /**
     * P(T &gt; t) for M/M/c FCFS: T = S + Wq with S ~ Exp(mu), Wq = 0 with probability 1 - C and Exp(theta) with
     * probability C, theta = c mu - lambda; P(S + X &gt; t) = (theta e^{-mu t} - mu e^{-theta t}) / (theta - mu).
     */
    static double responseTail(double lambda, double mu, int c, double t) {
        double theta = c * mu - lambda, pw = erlangC(c, lambda / mu);
        double both = Math.abs(theta - mu) < 1e-12 * mu ? (1 + mu * t) * Math.exp(-mu * t)
                : (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
        return (1 - pw) * Math.exp(-mu * t) + pw * both;
    }

    /** The q-quantile of T by bisection on the tail (60 halvings of a bracket found by doubling). */
    static double responsePercentile(double lambda, double mu, int c, double q) {
        double lo = 0, hi = 1 / mu;
        while (responseTail(lambda, mu, c, hi) > 1 - q) hi *= 2;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (responseTail(lambda, mu, c, mid) > 1 - q) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /** M/M/c/K blocking p_K from the birth-death chain p_n proportional to prod lambda / (min(n, c) mu). */
    static double mmckBlocking(double lambda, double mu, int c, int k) {
        double[] log = new double[k + 1];
        for (int n = 1; n <= k; n++) log[n] = log[n - 1] + Math.log(lambda / (Math.min(n, c) * mu));
        double max = java.util.Arrays.stream(log).max().orElse(0), sum = 0;
        for (double l : log) sum += Math.exp(l - max);
        return Math.exp(log[k] - max) / sum;
    }
}
