package brokerlab.model;

/**
 * Something that can simulate one replication: the plug-in point of {@link Simulation}. Replication
 * {@code replication} must draw its random numbers only from {@code RandomStream.of(seed, replication, source)},
 * so that results do not depend on the thread that runs it.
 */
@FunctionalInterface
public interface SimulationModel {
    /**
     * Simulates {@code warmup} discarded arrivals followed by {@code customers} measured ones.
     *
     * @param engine the implementation asked for; a model that cannot honour it throws IllegalArgumentException
     */
    RunSummary run(Engine engine, long warmup, long customers, long seed, int replication);
}
