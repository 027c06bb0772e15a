package brokerlab.measure;

/**
 * How a {@link TaskWorkers} worker takes a task from the Valkey list, and so what a worker crash costs.
 * <ul>
 *   <li>{@link #BRPOP}: the seed system's pattern. The pop removes the task from Valkey; if the worker dies before
 *       finishing, the task is gone (at-most-once delivery).</li>
 *   <li>{@link #BLMOVE}: the reliable-queue pattern. The task moves atomically into the worker's own processing list,
 *       and the worker refreshes a heartbeat key while it works; it removes the task only after storing the result.
 *       A {@link Reaper} moves the tasks of a worker whose heartbeat expired back to the queue (at-least-once: a
 *       worker that stored the result but died before removing the task causes a duplicate).</li>
 * </ul>
 */
public enum WorkerProtocol { BRPOP, BLMOVE }
