package brokerlab.experiment;

/**
 * The one contract every model in BrokerLab implements: a station, a network, a closed system, a farm, a broker,
 * a protocol, or a measurement of a real broker. One call is one replication.
 * <pre>{@code
 * Model<StationRun> m = Station.mmc(0.2, 0.1, 3);
 * Estimates<StationRun> e = Experiment.of(m).length(RunLength.customers(200_000)).replications(20).seed(42).run();
 * e.get(Metric.MEAN_WAIT);    // 4.44 ± 0.05 (95% CI); Erlang C gives 4.444
 * }</pre>
 *
 * <p>Reproducibility contract: replication {@code r} draws random numbers only from streams keyed by
 * {@code (seed, r, source)} (see {@code brokerlab.random.RandomStream}), so the result of a call depends on its
 * arguments only, never on the thread or on other replications. Implementations are immutable and thread-safe:
 * the runner calls {@code run} for several replications at once.
 *
 * @param <R> what one replication measured
 */
@FunctionalInterface
public interface Model<R extends Outcome> {

    /**
     * Runs replication {@code replication} for {@code length} (warm-up included) with the streams of {@code seed}.
     * Bad arguments fail with an IllegalArgumentException naming the parameter.
     */
    R run(RunLength length, long seed, int replication);

    /** The run length used when an experiment does not set one. */
    default RunLength defaultLength() {
        return RunLength.customers(100_000);
    }

    /** A one-line description for tables, JSON and progress lines. */
    default String describe() {
        return toString();
    }
}
