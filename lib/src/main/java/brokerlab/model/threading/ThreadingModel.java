package brokerlab.model.threading;

/**
 * How a broker node maps messages to threads and threads to its k cores (the models of
 * {@link brokerlab.analytic.ThreadingModels}).
 *
 * <ul>
 *   <li>{@link #FIXED_POOL}: c = threads workers, one per core, FCFS queue in front (M/G/c);</li>
 *   <li>{@link #THREAD_PER_CONNECTION}: a thread per message up to {@code threads} connections, time-sliced over
 *       the cores; arrivals beyond the limit are rejected (M/G/k-PS/c; M/G/c/c loss when threads = cores);</li>
 *   <li>{@link #CONTENDED_POOL}: {@code threads} workers time-sliced over the cores, each slowed by contention
 *       overhead, FCFS queue in front ({@link ContendedPool});</li>
 *   <li>{@link #PROCESSOR_SHARING}: unlimited threads time-sliced over the cores (M/G/k-PS).</li>
 * </ul>
 */
public enum ThreadingModel { FIXED_POOL, THREAD_PER_CONNECTION, CONTENDED_POOL, PROCESSOR_SHARING }
