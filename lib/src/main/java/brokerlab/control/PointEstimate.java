package brokerlab.control;

import brokerlab.stats.ConfidenceInterval;

import java.util.Optional;

/**
 * What simulating an {@link OperatingPoint} gave, as 95% confidence intervals over independent replications
 * (seconds): the broker's mean and 99th-percentile response, the fraction of messages rejected by a full buffer,
 * and, with replication, the protocol's mean and p99 commit latency.
 *
 * @param method a label for the readout, e.g. "simulation, 10 × 100,000 messages, seed 42"
 */
public record PointEstimate(ConfidenceInterval meanResponse, ConfidenceInterval p99Response,
                            ConfidenceInterval rejection, Optional<ConfidenceInterval> meanCommit,
                            Optional<ConfidenceInterval> p99Commit, String method) {}
