package brokerlab.measure.scaling;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The measurement of one (protocol, nodes, users) point over its replications: throughput and response percentiles
 * with 95% t intervals over the replications (a single replication gives a degenerate interval), and the service
 * demands and utilisations averaged over them. Times in ms, demands in CPU ms per request.
 *
 * @param protocol          the transport
 * @param nodes             application nodes k
 * @param users             virtual users N
 * @param replications      windows measured
 * @param throughput        completed requests per second
 * @param meanResponse      mean response, ms
 * @param p50               median response, ms
 * @param p95               95th percentile, ms
 * @param p99               99th percentile, ms
 * @param nodeCpu           CPU of the nodes, transports and GC per request (this JVM outside the users' threads and
 *                          the JIT compiler, plus the node processes' own when nodes run as processes)
 * @param clientCpu         the users' own CPU per request
 * @param valkeyCpu         Valkey's CPU per request
 * @param jitCpu            the JIT compiler's CPU per request: warm-up, outside the demand, reported to show it
 * @param valkeyWait        the nodes' wall time waiting for Valkey per request
 * @param cpuUtilization    the study's busy fraction of the shared cores
 * @param valkeyUtilization Valkey's busy fraction of its one thread
 * @param machineBusy       busy fraction of all cores, other jobs included
 * @param loadAverage       highest one-minute load average seen at a window's start
 * @param partial           true when the run failed during this point: its numbers cover only part of the plan
 */
public record ScalingPoint(Protocol protocol, int nodes, int users, int replications, ConfidenceInterval throughput,
                           ConfidenceInterval meanResponse, ConfidenceInterval p50, ConfidenceInterval p95,
                           ConfidenceInterval p99, double nodeCpu, double clientCpu, double valkeyCpu, double jitCpu, double valkeyWait,
                           double cpuUtilization, double valkeyUtilization, double machineBusy, double loadAverage,
                           boolean partial) {
    public ScalingPoint {
        Check.notNull("protocol", protocol);
        Check.atLeast("nodes", nodes, 1);
        Check.atLeast("users", users, 1);
        Check.atLeast("replications", replications, 1);
    }

    static ScalingPoint of(Protocol protocol, int nodes, int users, List<Window> windows, boolean partial) {
        return new ScalingPoint(protocol, nodes, users, windows.size(), ci(windows, Window::throughput),
                ci(windows, Window::meanResponse), ci(windows, Window::p50), ci(windows, Window::p95), ci(windows, Window::p99),
                mean(windows, Window::nodeCpu), mean(windows, Window::clientCpu), mean(windows, Window::valkeyCpu), mean(windows, Window::jitCpu),
                mean(windows, Window::valkeyWait), mean(windows, Window::cpuUtilization), mean(windows, Window::valkeyUtilization),
                mean(windows, Window::machineBusy), windows.stream().mapToDouble(Window::loadAverage).max().orElse(Double.NaN),
                partial);
    }

    /** All CPU the study used on the shared cores per request: node + client + Valkey, ms. */
    public double cpuDemand() {
        return nodeCpu + clientCpu + valkeyCpu;
    }

    /** Little's law: the mean number of worker threads waiting for Valkey, X times the wall wait per request. */
    public double valkeyWaiting() {
        return throughput.estimate() * valkeyWait / 1000;
    }

    private static ConfidenceInterval ci(List<Window> w, ToDoubleFunction<Window> f) {
        double[] x = w.stream().mapToDouble(f).filter(Double::isFinite).toArray();
        if (x.length == 0) return ConfidenceInterval.single(Double.NaN, 0.95);
        return x.length == 1 ? ConfidenceInterval.single(x[0], 0.95) : ConfidenceInterval.ci95(x);
    }

    private static double mean(List<Window> w, ToDoubleFunction<Window> f) {
        return w.stream().mapToDouble(f).filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
