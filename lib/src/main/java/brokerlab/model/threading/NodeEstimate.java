package brokerlab.model.threading;

import brokerlab.stats.ConfidenceInterval;

/**
 * Simulated metrics of a {@link BrokerNode}, each a 95% interval over independent replications.
 *
 * @param meanResponse         mean response time of accepted messages (s)
 * @param rejectionProbability fraction of arrivals rejected (0 without a connection limit)
 * @param throughput           accepted messages per second
 */
public record NodeEstimate(ConfidenceInterval meanResponse, ConfidenceInterval rejectionProbability,
                           ConfidenceInterval throughput) {}
