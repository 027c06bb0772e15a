package brokerlab.model;

import brokerlab.experiment.Replications;
import brokerlab.util.Check;

/**
 * A simulation plan: which model, how many customers per replication, the warm-up, how many replications, the
 * seed and the engine. Immutable and fluent; {@link #run()} executes the replications in parallel (see
 * {@link Replications}) and returns a {@link StationEstimate} with a confidence interval per metric.
 *
 * <p>Warm-up rule: the first {@code warmup} arrivals of every replication are discarded; by default
 * {@code warmup = customers / 10}, so 1/11 (about 9%) of the simulated arrivals are thrown away. Every
 * replication starts empty and idle. Replication r uses the substreams {@code RandomStream.of(seed, r, source)},
 * so the same seed gives the same estimate at any thread count, and two models run with the same seed see the
 * same arrivals and service demands (common random numbers).
 */
public final class Simulation {
    private final SimulationModel model;
    private final long customers;
    private final long warmup;          // -1: customers / 10
    private final int replications;
    private final long seed;
    private final Engine engine;

    private Simulation(SimulationModel model, long customers, long warmup, int replications, long seed, Engine engine) {
        this.model = model;
        this.customers = customers;
        this.warmup = warmup;
        this.replications = replications;
        this.seed = seed;
        this.engine = engine;
    }

    /** A plan for any model, with the defaults: 100,000 customers, warm-up customers/10, 10 replications, seed 1, AUTO. */
    public static Simulation of(SimulationModel model) {
        return new Simulation(Check.notNull("model", model), 100_000, -1, 10, 1, Engine.AUTO);
    }

    /** Measured arrivals per replication (at least 2; the observation window runs from the first to the last). */
    public Simulation customers(long customers) {
        Check.atLeast("customers", customers, 2L);
        return new Simulation(model, customers, warmup, replications, seed, engine);
    }

    /** Arrivals discarded at the start of every replication. */
    public Simulation warmup(long warmup) {
        Check.atLeast("warmup", warmup, 0L);
        return new Simulation(model, customers, warmup, replications, seed, engine);
    }

    /** Independent replications; at least 2 for a confidence interval. */
    public Simulation replications(int replications) {
        Check.atLeast("replications", replications, 2);
        return new Simulation(model, customers, warmup, replications, seed, engine);
    }

    public Simulation seed(long seed) {
        return new Simulation(model, customers, warmup, replications, seed, engine);
    }

    /** Forces an implementation; {@link Engine#AUTO} by default. */
    public Simulation engine(Engine engine) {
        Check.notNull("engine", engine);
        return new Simulation(model, customers, warmup, replications, seed, engine);
    }

    public long customers() { return customers; }
    public long warmup() { return warmup >= 0 ? warmup : customers / 10; }
    public int replications() { return replications; }
    public long seed() { return seed; }
    public Engine engine() { return engine; }

    /** All replications, in parallel; same seed, same result at any thread count. */
    public StationEstimate run() {
        long w = warmup();
        return new StationEstimate(Replications.run(replications, r -> model.run(engine, w, customers, seed, r)));
    }

    /** Replication {@code r} alone, on the calling thread. */
    public RunSummary runReplication(int replication) {
        Check.atLeast("replication", replication, 0);
        return model.run(engine, warmup(), customers, seed, replication);
    }

    /** Replication 0 alone: a single run, no interval. */
    public RunSummary runOnce() {
        return runReplication(0);
    }

    @Override
    public String toString() {
        return "Simulation(" + model + ", customers=" + customers + ", warmup=" + warmup() + ", replications="
                + replications + ", seed=" + seed + ", engine=" + engine + ")";
    }
}
