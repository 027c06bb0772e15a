package brokerlab.model.network;

import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.util.Check;

/**
 * A FCFS station whose clients time out and retry ({@link Retries}), fed by Poisson requests at a piecewise-constant
 * rate ({@link ArrivalSchedule}): the smallest model of a retry storm. A burst in the schedule is the trigger; the
 * question is whether the station gets back to health after the burst is over, and which retry rules make it.
 * <pre>{@code
 * RetryStation s = RetryStation.of(Node.of("broker", 4, Exponential.ofMean(0.1)),
 *         ArrivalSchedule.of(200, 32, 20, 64, 400, 32),            // rho 0.8, a 20 s burst at 1.6, then 0.8 again
 *         Retries.immediate(1.0, 3));                              // 1 s timeout, up to 3 retries at once
 * Estimates<RetryRun> e = s.simulate().replications(10).seed(42).run();
 * e.get(RetryRun.FINAL_GOODPUT_RATIO);     // near 0: the retries keep the queue past the timeout
 * }</pre>
 * Without retries the same burst drains in about (backlog) / (c mu - lambda) seconds; with up to R retries the
 * station is bistable whenever rho &lt; 1 &lt; (1 + R) rho: a short queue stays short, a queue longer than the timeout
 * makes every attempt time out and (1 + R) rho of work arrive, so it stays long.
 *
 * <p>Run length: the schedule fixes it. Each run starts empty at time 0, measures everything up to the schedule's
 * end and stops there (it does not drain), whatever length it is given; {@link #defaultLength()} is the schedule's
 * duration. Random streams: ARRIVALS (requests), SERVICE, MISC (backoff jitter).
 *
 * @see RetryRun what a run measures
 */
public final class RetryStation implements Model<RetryRun> {
    private final Node node;
    private final ArrivalSchedule requests;
    private final Retries retries;
    private final double binWidth;

    private RetryStation(Node node, ArrivalSchedule requests, Retries retries, double binWidth) {
        this.node = Check.notNull("node", node);
        this.requests = Check.notNull("requests", requests);
        this.retries = Check.notNull("retries", retries);
        if (node.breakdowns() != null) {
            throw Check.fail("node", node.name(), "a retry station has reliable servers", "drop withBreakdowns(...) from the node");
        }
        Check.positive("binWidth", binWidth);
        if (requests.totalDuration() / binWidth > 100_000) {
            throw Check.fail("binWidth", binWidth, "it would cut the schedule into more than 100,000 bins", "use a wider bin");
        }
        this.binWidth = binWidth;
    }

    /** The station, its request schedule and its clients' rules; the time series has 60 bins over the schedule. */
    public static RetryStation of(Node node, ArrivalSchedule requests, Retries retries) {
        return new RetryStation(node, requests, retries, Check.notNull("requests", requests).totalDuration() / 60);
    }

    /** The same station with time-series bins {@code seconds} wide. */
    public RetryStation withBinWidth(double seconds) {
        return new RetryStation(node, requests, retries, seconds);
    }

    /** The same station with other client rules. */
    public RetryStation withRetries(Retries r) {
        return new RetryStation(node, requests, r, binWidth);
    }

    /** The same station with another request schedule (the bin width is kept). */
    public RetryStation withRequests(ArrivalSchedule s) {
        return new RetryStation(node, s, retries, binWidth);
    }

    public Node node() { return node; }
    public ArrivalSchedule requests() { return requests; }
    public Retries retries() { return retries; }
    public double binWidth() { return binWidth; }

    /** Utilisation of step k without retries: its request rate x E[S] / c. */
    public double baseLoad(int k) {
        return requests.step(k).rate() * node.service().mean() / node.servers();
    }

    /** An experiment on this station with the default plan; chain its setters, then {@code run()}. */
    public Experiment<RetryRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication of the whole schedule (see the class comment: the length is the schedule's). */
    @Override
    public RetryRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        return RetryEvents.run(this, seed, replication);
    }

    @Override
    public RunLength defaultLength() {
        return RunLength.time(0, requests.totalDuration());
    }

    @Override
    public String toString() {
        StringBuilder steps = new StringBuilder();
        for (int k = 0; k < requests.size(); k++) {
            if (k > 0) steps.append(", ");
            steps.append(String.format(java.util.Locale.ROOT, "%.4g/s for %.4g s", requests.step(k).rate(), requests.step(k).duration()));
        }
        return "RetryStation(" + node.name() + ": " + node.servers() + " x " + node.service().spec()
                + (node.hasFiniteCapacity() ? ", K=" + node.capacity() : "") + "; requests " + steps + "; " + retries + ")";
    }
}
