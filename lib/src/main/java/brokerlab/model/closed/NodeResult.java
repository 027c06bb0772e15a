package brokerlab.model.closed;

/**
 * One station of the closed model over the measured window: an application node ({@code app-0}, {@code app-1}, ...)
 * or the shared {@code backend}.
 *
 * @param name            station name
 * @param servers         servers at the station
 * @param served          service completions
 * @param throughput      completions per unit time
 * @param utilisation     time-average fraction of servers busy
 * @param meanNumber      time-average requests present, waiting or in service (the Q of MVA)
 * @param meanQueueLength time-average requests waiting
 * @param meanResponse    mean time from arrival at the station to departure
 * @param maxQueueLength  most requests seen waiting at once
 */
public record NodeResult(String name, int servers, long served, double throughput, double utilisation,
                         double meanNumber, double meanQueueLength, double meanResponse, int maxQueueLength) {
}
