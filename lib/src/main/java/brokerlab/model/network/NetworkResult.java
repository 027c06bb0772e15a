package brokerlab.model.network;

import brokerlab.stats.LatencyHistogram;

import java.util.List;

/**
 * What an open network did in one replication. End-to-end response runs from a job's external arrival to its exit
 * (rejected jobs excluded) over jobs that exited in the measured window; {@code histogram} holds those responses
 * (pool replications with {@code new LatencyHistogram().add(...)}; do not modify it).
 *
 * <p>Two checks come with it: flow conservation over the whole run, arrived = exited + rejected + inSystem, which
 * must hold exactly; and Little's law over the measured window, L = X W, with X the rate at which jobs leave (exit
 * or rejection) and W their mean time in the network, which holds up to edge effects that vanish as the window
 * grows (Little 1961; Kleinrock vol. 1, 2.1).
 *
 * @param duration           length of the measured window
 * @param stations           per-station results in network order
 * @param arrived            external arrivals over the whole run, warm-up included
 * @param exited             jobs that left normally over the whole run
 * @param rejected           jobs rejected at a full station over the whole run
 * @param inSystem           jobs present at the end
 * @param throughput         exits per unit time in the window
 * @param meanResponse       mean end-to-end response of jobs exiting in the window
 * @param meanNumberInSystem time-average number of jobs in the network in the window (L)
 * @param meanSojourn        mean time in the network of every job leaving in the window, rejected ones included (W)
 * @param leaveRate          jobs leaving (exit or rejection) per unit time in the window (X)
 * @param histogram          end-to-end responses of jobs exiting in the window
 * @param steps              per-step results for a staircase schedule, empty otherwise
 */
public record NetworkResult(double duration, List<StationResult> stations, long arrived, long exited, long rejected,
                            long inSystem, double throughput, double meanResponse, double meanNumberInSystem,
                            double meanSojourn, double leaveRate, LatencyHistogram histogram, List<StepResult> steps) {

    public NetworkResult {
        stations = List.copyOf(stations);
        steps = List.copyOf(steps);
    }

    public StationResult station(String name) {
        for (StationResult s : stations) if (s.name().equals(name)) return s;
        throw Network.unknown(name, stations.stream().map(StationResult::name).toList());
    }

    /** End-to-end response percentile, q in (0, 1). */
    public double percentile(double q) { return histogram.percentile(q); }
    public double p50() { return percentile(0.50); }
    public double p95() { return percentile(0.95); }
    public double p99() { return percentile(0.99); }
    public double p999() { return percentile(0.999); }

    /** Measured visits to a station per job that exited in the window (compare {@link Network#visitRatio}). */
    public double visitsPerJob(String name) {
        return station(name).served() / (throughput * duration);
    }

    /** Fraction of external arrivals rejected somewhere, over the whole run. */
    public double rejectionProbability() {
        return arrived == 0 ? 0 : (double) rejected / arrived;
    }

    /** arrived == exited + rejected + inSystem: no job created or lost by the simulator. */
    public boolean isFlowConserved() {
        return arrived == exited + rejected + inSystem;
    }

    /** |L - X W| / L: Little's law residual over the measured window. */
    public double littleLawGap() {
        return Math.abs(meanNumberInSystem - leaveRate * meanSojourn) / meanNumberInSystem;
    }
}
