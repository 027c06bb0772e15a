package brokerlab.model.threading;

import brokerlab.analytic.ThreadingMetrics;
import brokerlab.analytic.ThreadingModels;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.RunLength;
import brokerlab.model.Discipline;
import brokerlab.model.Station;
import brokerlab.util.Check;

/**
 * One broker node under a {@link ThreadingModel}: Poisson arrivals, a work distribution (seconds of one free core),
 * k cores, a thread count (pool size or connection limit; ignored by processor sharing) and a contention overhead
 * (used by the contended pool only). A run reuses {@link Station} for the FCFS pool, the connection-limited and the
 * processor-sharing nodes (a {@link brokerlab.model.StationRun}) and {@link ContendedPool} for the contended pool
 * (a {@link PoolRun}); both measure mean response, rejection probability and throughput under those names, so
 * {@code node.simulate().customers(50_000).replications(10).run().get(Metric.MEAN_RESPONSE)} works for every
 * model. Run length: as the station or the pool (customers native, time converted at {@code arrivalRate}).
 * {@link #exact} gives the birth–death solution of {@link ThreadingModels} where it is exact.
 *
 * <p>Assumption: a FIXED_POOL runs its threads on their own cores, so it is modelled with min(threads, cores) servers
 * at full speed; more threads than cores is the CONTENDED_POOL.
 */
public record BrokerNode(ThreadingModel model, double arrivalRate, Distribution service, int cores, int threads,
                         double overhead) implements Model<Outcome> {
    public BrokerNode {
        Check.notNull("model", model);
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("service", service);
        Check.atLeast("cores", cores, 1);
        Check.atLeast("threads", threads, 1);
        Check.nonNegative("overhead", overhead);
        if (model == ThreadingModel.CONTENDED_POOL) new ContendedPool(arrivalRate, service, cores, threads, overhead);
        else if (model != ThreadingModel.THREAD_PER_CONNECTION)
            Check.stable(model + " utilisation", arrivalRate * service.mean() / servers(model, cores, threads));
    }

    public static BrokerNode of(ThreadingModel model, double arrivalRate, Distribution service, int cores, int threads,
                                double overhead) {
        return new BrokerNode(model, arrivalRate, service, cores, threads, overhead);
    }

    /** An experiment on this node with the default plan; chain its setters, then {@code run()}. */
    public Experiment<Outcome> simulate() {
        return Experiment.of(this);
    }

    /** One replication: a {@link brokerlab.model.StationRun}, or a {@link PoolRun} for the contended pool. */
    @Override
    public Outcome run(RunLength length, long seed, int replication) {
        return model == ThreadingModel.CONTENDED_POOL ? pool().run(length, seed, replication) : station().run(length, seed, replication);
    }

    /** The {@link ContendedPool} of a CONTENDED_POOL node. */
    public ContendedPool pool() {
        if (model != ThreadingModel.CONTENDED_POOL) throw Check.fail("model", model, "is not a contended pool", "use station()");
        return new ContendedPool(arrivalRate, service, cores, threads, overhead);
    }

    /** The {@link Station} for the three models it covers (not the contended pool). */
    public Station station() {
        var arrivals = Exponential.withRate(arrivalRate);
        return switch (model) {
            case FIXED_POOL -> Station.of(arrivals, service, Math.min(threads, cores));
            case PROCESSOR_SHARING -> Station.of(arrivals, service, cores).processorSharing();
            case THREAD_PER_CONNECTION -> threads <= cores
                    ? Station.of(arrivals, service, threads, threads, Discipline.FCFS)
                    : Station.of(arrivals, service, cores, threads, Discipline.PS);
            case CONTENDED_POOL -> throw Check.fail("model", model, "has no Station equivalent", "use pool()");
        };
    }

    /**
     * The exact birth–death solution; exponential work is required except for processor sharing and thread per
     * connection, which are insensitive (see {@link ThreadingModels}).
     */
    public ThreadingMetrics exact() {
        double mu = 1 / service.mean();
        boolean insensitive = model == ThreadingModel.PROCESSOR_SHARING || model == ThreadingModel.THREAD_PER_CONNECTION;
        if (!insensitive && !(service instanceof Exponential))
            throw Check.fail("service", service.spec(), "must be exponential for an exact " + model + " solution",
                    "simulate(), or use an M/G/c approximation (brokerlab.analytic.Approximations)");
        return switch (model) {
            case FIXED_POOL -> ThreadingModels.fixedPool(arrivalRate, mu, Math.min(threads, cores));
            case THREAD_PER_CONNECTION -> ThreadingModels.threadPerConnection(arrivalRate, mu, cores, threads);
            case CONTENDED_POOL -> ThreadingModels.contendedPool(arrivalRate, mu, cores, threads, overhead);
            case PROCESSOR_SHARING -> ThreadingModels.processorSharing(arrivalRate, service.mean(), cores);
        };
    }

    private static int servers(ThreadingModel model, int cores, int threads) {
        return model == ThreadingModel.FIXED_POOL ? Math.min(threads, cores) : cores;
    }
}
