package brokerlab.protocol.cap;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * The seeded trouble the read modes are checked under: node 0 leads (or is primary) first; for a window of the run
 * it is cut off from every other server (and, with {@code service}, from primary-backup's coordination service),
 * both ways, while clients still reach it, so it may go on answering as a deposed leader; and its clock runs slow
 * all run long, so a lease timed on it outlives the real lease. Run {@code r} of seed {@code s} draws its window
 * start uniformly in [0.2, 0.4] of the run, its length in [0.2, 0.4] of the run and the clock rate in
 * [{@code minRate}, {@code maxRate}] from its own stream (seed s, replication r, ROUTING: a source no protocol run
 * uses, so the plan is independent of the run's own random numbers).
 *
 * @param workload what the clients ask for (reads, keys, clients, history recording)
 * @param runMs    simulated ms of client traffic per run
 * @param minRate  slowest rate of node 0's clock (0.5: a local second takes two real seconds)
 * @param maxRate  fastest rate of node 0's clock
 * @param service  whether the cut also separates node 0 from the coordination service (primary-backup)
 */
public record ReadScenario(ClientWorkload workload, double runMs, double minRate, double maxRate, boolean service) {
    public ReadScenario {
        Check.notNull("workload", workload);
        Check.positive("runMs", runMs);
        Check.positive("minRate", minRate);
        if (!(maxRate >= minRate))
            throw Check.fail("maxRate", maxRate, "it must be >= minRate (" + minRate + ")", "give the clock-rate range low to high");
    }

    /** Four clients, half reads on three keys, histories recorded, 3 s of traffic, node 0's clock at 0.3-0.6. */
    public static ReadScenario of(ReadMode mode, boolean service) {
        ClientWorkload w = ClientWorkload.WRITES.keys(3).clients(4).reads(0.5, mode).recordHistory(true);
        return new ReadScenario(w, 3000, 0.3, 0.6, service);
    }

    public ReadScenario runMs(double ms) { return new ReadScenario(workload, ms, minRate, maxRate, service); }

    /** Node 0's clock rate range; {@code (1, 1)} is no skew at all. */
    public ReadScenario clockRates(double min, double max) { return new ReadScenario(workload, runMs, min, max, service); }

    public ReadScenario workload(ClientWorkload w) { return new ReadScenario(w, runMs, minRate, maxRate, service); }

    /** The fault plan of run {@code replication} of {@code seed} for a cluster of {@code nodes} servers. */
    public FaultPlan faults(int nodes, long seed, int replication) {
        Check.atLeast("nodes", nodes, 2);
        RandomStream r = RandomStream.of(seed, replication, RandomStream.ROUTING);
        double start = runMs * (0.2 + 0.2 * r.nextDouble()), length = runMs * (0.2 + 0.2 * r.nextDouble());
        double rate = minRate + (maxRate - minRate) * r.nextDouble();
        int[] others = new int[nodes - 1 + (service ? 1 : 0)];
        for (int i = 1; i < nodes; i++) others[i - 1] = i;
        if (service) others[nodes - 1] = FaultPlan.SERVICE;
        int[] zero = {0};
        FaultPlan plan = FaultPlan.none().cut(start, start + length, zero, others).cut(start, start + length, others, zero);
        return rate == 1 ? plan : plan.clockSkew(0, rate);
    }

    /** {@code model} set up for run {@code replication} of {@code seed}: this workload, node 0 leading first, this run's faults. */
    public ProtocolModel model(ProtocolModel model, long seed, int replication) {
        var s = model.settings();
        return model.with(s.workload(workload).leader(0).faults(faults(s.nodes(), seed, replication)));
    }

    /** The run length: {@code runMs} of traffic, no warm-up. */
    public RunLength length() {
        return RunLength.time(0, runMs);
    }
}
