package brokerlab.spark;

import brokerlab.experiment.Outcome;

import java.io.Serializable;

/**
 * What one (point, replication) task sends back to the driver: the outcome, or, for a deterministic failure (an
 * IllegalArgumentException: a bad parameter), its message instead, so Spark does not retry it and the job goes on.
 *
 * @param task    task index, {@code point * replications + replication}
 * @param outcome the replication's outcome, or null when it failed
 * @param failure the failure's message, or null when it succeeded
 * @param attempt Spark's attempt number of the task that produced this (0 on the first try)
 */
record TaskResult(int task, Outcome outcome, String failure, int attempt) implements Serializable {
    static TaskResult ok(int task, Outcome outcome, int attempt) {
        return new TaskResult(task, outcome, null, attempt);
    }

    static TaskResult failed(int task, String failure, int attempt) {
        return new TaskResult(task, null, failure, attempt);
    }
}
