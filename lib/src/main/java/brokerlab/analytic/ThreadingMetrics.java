package brokerlab.analytic;

/**
 * Steady-state metrics of one threading model of a broker node (see {@link ThreadingModels}).
 *
 * @param model               which model and how it was solved
 * @param meanNumberInSystem  L, messages present (waiting or in service)
 * @param meanResponse        W = L / throughput (Little's law over accepted messages)
 * @param throughput          accepted messages per second, lambda (1 - blocking)
 * @param blockingProbability probability that an arrival is rejected (0 for an infinite buffer)
 */
public record ThreadingMetrics(String model, double meanNumberInSystem, double meanResponse, double throughput,
                               double blockingProbability) {}
