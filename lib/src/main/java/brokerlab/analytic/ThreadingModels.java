package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Exact steady-state solutions of four threading models of a broker node with k cores and Poisson arrivals at
 * rate lambda, each message needing work of mean 1/mu (at full core speed). All four are birth–death chains in the
 * number of messages n present, with service rate r(n) in state n:
 *
 * <ul>
 *   <li><b>fixed pool</b> of c threads, FCFS queue: r(n) = mu min(n, c), i.e. M/M/c (Erlang C);</li>
 *   <li><b>thread per connection</b>, at most c connections, each with its own thread time-sliced over k cores:
 *       r(n) = mu min(n, k) for n &lt;= c, arrivals finding c present are rejected. With c = k it is the Erlang loss
 *       system M/M/c/c ({@link ErlangB});</li>
 *   <li><b>contended pool</b> of T threads on k cores, each busy thread slowed by contention (locks, cache and
 *       context switches): r(n) = mu min(b, k) (1 - a (b - 1))^+ with b = min(n, T) busy threads and overhead a
 *       per extra thread (a linear contention law in the spirit of Gunther's Universal Scalability Law, with only
 *       its contention term); excess messages wait FCFS;</li>
 *   <li><b>processor sharing</b> over k cores with unlimited threads: r(n) = mu min(n, k).</li>
 * </ul>
 *
 * <p>Birth–death balance gives p_n = p_0 prod_{i=1..n} lambda / r(i) (Kleinrock, Queueing Systems vol. 1, 1975,
 * §3.1); an infinite buffer adds a geometric tail with ratio lambda / r(N) beyond the last state-dependent state N.
 * Insensitivity: processor sharing over k cores is a symmetric queue (Kelly 1979, §3.3), so its mean response is
 * exact for ANY service distribution with mean 1/mu; the loss system with c = k likewise (Erlang B is insensitive).
 * The FCFS pool and the contended pool are exact for exponential work only.
 */
public final class ThreadingModels {
    private ThreadingModels() {}

    /** M/M/c FCFS pool of {@code threads} threads (one per core, no contention). */
    public static ThreadingMetrics fixedPool(double arrivalRate, double serviceRate, int threads) {
        var m = new MMc(arrivalRate, serviceRate, threads);
        return new ThreadingMetrics("fixed pool M/M/" + threads + " (exact)", m.meanNumberInSystem(), m.meanResponse(), arrivalRate, 0);
    }

    /** Thread per connection: at most {@code connections} messages, time-sliced over {@code cores}; rejects the rest. */
    public static ThreadingMetrics threadPerConnection(double arrivalRate, double serviceRate, int cores, int connections) {
        positive(arrivalRate, serviceRate);
        Check.atLeast("cores", cores, 1);
        Check.atLeast("connections", connections, 1);
        double[] r = new double[connections];
        for (int n = 1; n <= connections; n++) r[n - 1] = serviceRate * Math.min(n, cores);
        return birthDeath("thread per connection, limit " + connections + " (exact, insensitive)", arrivalRate, r, false);
    }

    /** T threads on k cores with per-thread overhead a (class comment); exact for exponential work. */
    public static ThreadingMetrics contendedPool(double arrivalRate, double serviceRate, int cores, int threads, double overhead) {
        positive(arrivalRate, serviceRate);
        double[] r = new double[Check.atLeast("threads", threads, 1)];
        for (int b = 1; b <= threads; b++) r[b - 1] = contendedRate(serviceRate, cores, overhead, b);
        if (!(r[threads - 1] > 0))
            throw Check.fail("threads", threads, "must keep every busy thread productive: 1 - overhead (threads - 1) > 0",
                    "use fewer than " + (int) Math.ceil(1 + 1 / overhead) + " threads or lower overhead");
        Check.stable("contended pool (threads = " + threads + ", cores = " + cores + ", overhead = " + overhead
                + ") utilisation", arrivalRate / r[threads - 1]);
        return birthDeath("contended pool, " + threads + " threads on " + cores + " cores (exact)", arrivalRate, r, true);
    }

    /** Total service rate with {@code busy} busy threads: mu min(busy, k) (1 - a (busy - 1))^+. */
    public static double contendedRate(double serviceRate, int cores, double overhead, int busy) {
        Check.positive("serviceRate", serviceRate);
        Check.atLeast("cores", cores, 1);
        Check.nonNegative("overhead", overhead);
        Check.atLeast("busy", busy, 0);
        return serviceRate * Math.min(busy, cores) * Math.max(0, 1 - overhead * (busy - 1));
    }

    /** Processor sharing over k cores: M/G/k-PS, the same chain as M/M/k, exact for any work distribution. */
    public static ThreadingMetrics processorSharing(double arrivalRate, double meanService, int cores) {
        Check.positive("meanService", meanService);
        var m = new MMc(arrivalRate, 1 / meanService, cores);
        return new ThreadingMetrics("processor sharing on " + cores + " cores (exact, insensitive)", m.meanNumberInSystem(),
                m.meanResponse(), arrivalRate, 0);
    }

    /**
     * A birth–death chain with arrival rate lambda in every state and death rate {@code rates[n-1]} in state n = 1..N.
     * With {@code infiniteTail}, states beyond N keep rate rates[N-1] (needs lambda &lt; rates[N-1]); otherwise
     * arrivals in state N are rejected. Weights are computed in logs, so N in the thousands does not overflow.
     */
    public static ThreadingMetrics birthDeath(String model, double arrivalRate, double[] rates, boolean infiniteTail) {
        Check.positive("arrivalRate", arrivalRate);
        int n = rates.length;
        Check.atLeast("rates.length", n, 1);
        double[] logW = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            Check.positive("rates[" + (i - 1) + "]", rates[i - 1]);
            logW[i] = logW[i - 1] + Math.log(arrivalRate / rates[i - 1]);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logW) max = Math.max(max, x);
        double total = 0, number = 0, admitted = 0;
        double[] w = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            w[i] = Math.exp(logW[i] - max);
            total += w[i];
            number += i * w[i];
            if (i < n) admitted += w[i];
        }
        if (infiniteTail) {
            double rho = Check.stable(arrivalRate / rates[n - 1]);
            // 1 - rho as (mu_N - lambda) / mu_N: one rounding, so rho = 1 - 1e-9 keeps its digits
            double spare = (rates[n - 1] - arrivalRate) / rates[n - 1];
            total += w[n] * rho / spare;                                        // sum_{j>=1} w_N rho^j
            number += w[n] * (n * rho / spare + rho / (spare * spare));        // sum (N+j) w_N rho^j
        }
        double blocking = infiniteTail ? 0 : w[n] / total;                      // PASTA: arrivals see p_N
        // admitted share 1 - p_N summed, not subtracted: under heavy overload p_N nears one
        double meanNumber = number / total, throughput = arrivalRate * (infiniteTail ? 1 : admitted / total);
        return new ThreadingMetrics(model, meanNumber, meanNumber / throughput, throughput, blocking);
    }

    private static void positive(double arrivalRate, double serviceRate) {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
    }
}
