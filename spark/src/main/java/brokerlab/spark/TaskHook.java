package brokerlab.spark;

import java.io.Serializable;

/**
 * Called inside every task before its replication runs: the failure-injection point of the tests (a task that
 * throws once is retried by Spark; one that throws an IllegalArgumentException is a deterministic failure).
 * Shipped to the executors with the task, so it must be serializable.
 */
@FunctionalInterface
interface TaskHook extends Serializable {
    /** Nothing is injected. */
    TaskHook NONE = (point, replication, attempt) -> { };

    void before(int point, int replication, int attempt);
}
