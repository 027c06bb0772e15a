package brokerlab.model;

import brokerlab.stats.BatchMeans;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * How the estimates of ONE long FCFS run evolve as customers accumulate: the running mean wait with its 95%
 * batch-means interval, and a running wait percentile, at log-spaced checkpoints. It is the picture behind the
 * advice "with heavy tails, report percentiles": where the wait has a finite mean but infinite variance the running
 * mean creeps towards its limit far more slowly than 1/sqrt(n) and keeps jumping after rare huge jobs, and where
 * the mean wait is infinite (Scheller-Wolf 2003, see {@code brokerlab.analytic.HeavyTail}) it never settles, while
 * a percentile of a fixed level converges at the usual rate because it depends on ranks, not on magnitudes
 * (Serfling, <i>Approximation Theorems of Mathematical Statistics</i>, 1980, §2.3).
 *
 * <p>Batch means (Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §9.5.3; {@link BatchMeans}) assume the
 * batch means are nearly independent and normal. With infinite wait variance that assumption fails: the interval
 * printed at a checkpoint is then a diagnostic of instability, not an honest 95% interval.
 *
 * <p>Runs the station's replication 0 on the Kiefer–Wolfowitz recursion (same draws as {@link Station#run}), so the
 * final running mean and percentile equal that run's {@link StationRun#meanWait()} and {@link StationRun#p99Wait()}
 * (for level 0.99). Memory is constant in the run length: a batch-means accumulator, a log-linear histogram and the
 * checkpoint arrays.
 */
public final class WaitTrajectory {
    private final long[] checkpoints;
    private final double[] runningMean, halfWidth, runningQuantile;
    private final double level;
    private final StationRun summary;
    private final LatencyRecorder waits;

    private WaitTrajectory(long[] checkpoints, double[] runningMean, double[] halfWidth, double[] runningQuantile,
                           double level, StationRun summary, LatencyRecorder waits) {
        this.checkpoints = checkpoints;
        this.runningMean = runningMean;
        this.halfWidth = halfWidth;
        this.runningQuantile = runningQuantile;
        this.level = level;
        this.summary = summary;
        this.waits = waits;
    }

    /**
     * One run of {@code station} (FCFS, infinite buffer), replication 0 of {@code seed}: {@code warmup} arrivals
     * discarded, then {@code customers} measured, with estimates recorded at about {@code checkpoints}
     * log-spaced points from 100 customers to the end.
     *
     * @param level the wait percentile to follow, in (0, 1), e.g. 0.99
     */
    public static WaitTrajectory of(Station station, long warmup, long customers, long seed, int checkpoints, double level) {
        Check.notNull("station", station);
        if (!station.params().recursionApplies()) {
            throw Check.fail("station", station, "a wait trajectory needs FCFS with an infinite buffer",
                    "use Station.of(arrival, service, servers) without capacity or processor sharing");
        }
        Check.atLeast("warmup", warmup, 0L);
        Check.atLeast("customers", customers, 1000L);
        Check.atLeast("checkpoints", checkpoints, 2);
        Check.openUnit("level", level);
        long[] at = logSpaced(100, customers, checkpoints);
        double[] mean = new double[at.length], hw = new double[at.length], q = new double[at.length];
        BatchMeans batches = new BatchMeans();
        // The same floor as the run's own Tally, so the final percentile equals StationRun's.
        LatencyRecorder waits = new LatencyRecorder(1e-6 * station.params().service().mean());
        int[] next = {0};
        StationRun summary = FcfsRecursion.run(station.params(), warmup, customers, seed, 0, w -> {
            batches.add(w);
            waits.record(w);
            int i = next[0];
            if (i < at.length && batches.count() == at[i]) {
                mean[i] = batches.mean();
                hw[i] = batches.ci95().halfWidth();
                q[i] = waits.percentile(level);
                next[0] = i + 1;
            }
        });
        return new WaitTrajectory(at, mean, hw, q, level, summary, waits);
    }

    /** About {@code n} distinct integers from {@code from} to {@code to}, evenly spaced in log scale, ending at {@code to}. */
    static long[] logSpaced(long from, long to, int n) {
        long[] raw = new long[n];
        double lf = Math.log(from), lt = Math.log(to);
        for (int i = 0; i < n; i++) raw[i] = Math.round(Math.exp(lf + (lt - lf) * i / (n - 1)));
        raw[n - 1] = to;
        return Arrays.stream(raw).filter(x -> x >= Math.min(from, to)).distinct().sorted().toArray();
    }

    /** Measured customers at each checkpoint, increasing, the last equal to the run's customers. */
    public long[] customers() { return checkpoints.clone(); }

    /** Checkpoints as doubles, for plotting. */
    public double[] customersAsDoubles() { return Arrays.stream(checkpoints).asDoubleStream().toArray(); }

    /** Mean wait of the customers measured so far, at each checkpoint. */
    public double[] runningMean() { return runningMean.clone(); }

    /** 95% batch-means half-width at each checkpoint (see the class comment for when it is not honest). */
    public double[] halfWidth() { return halfWidth.clone(); }

    /** The {@link #level()} percentile of the waits measured so far, at each checkpoint. */
    public double[] runningQuantile() { return runningQuantile.clone(); }

    public double level() { return level; }

    /**
     * The q-quantile of all measured waits of the run (log-linear histogram, about 0.1% relative precision), for
     * any q in (0, 1): with q = 1 - 10^-k it traces the empirical tail P(W > x) for a log-log plot.
     */
    public double quantile(double q) {
        Check.openUnit("q", q);
        return waits.percentile(q);
    }

    /** The batch-means interval at the end of the run. */
    public ConfidenceInterval finalMeanCi() {
        int last = checkpoints.length - 1;
        return new ConfidenceInterval(runningMean[last], halfWidth[last], 0.95, checkpoints[last]);
    }

    /** The run's own summary (means, percentiles, utilisation), identical to {@code Station.run(...)} for replication 0. */
    public StationRun summary() { return summary; }
}
