package brokerlab.model.network;

/**
 * What one station did over the measured window of a run. Counts are visits, so a job that loops back through the
 * station twice counts twice.
 *
 * @param name              station name
 * @param servers           number of servers c
 * @param arrivals          visits that arrived (accepted or rejected)
 * @param rejected          arrivals that found the station full (finite capacity only)
 * @param served            service completions (visits)
 * @param throughput        service completions per unit time
 * @param utilisation       time-average fraction of servers serving a job (up and busy); equals lambda E[S] / c
 * @param availability      time-average fraction of servers up (1 without breakdowns)
 * @param meanWait          mean time from arrival to start of service, per visit
 * @param meanResponse      mean time from arrival to departure, per visit
 * @param meanQueueLength   time-average number of jobs waiting (not in service)
 * @param meanNumber        time-average number of jobs at the station, waiting or in service (L)
 * @param interDepartureScv squared coefficient of variation of the times between successive departures
 *                          (1 for Poisson output; the c_d^2 of Whitt's QNA)
 */
public record StationResult(String name, int servers, long arrivals, long rejected, long served, double throughput,
                            double utilisation, double availability, double meanWait, double meanResponse,
                            double meanQueueLength, double meanNumber, double interDepartureScv) {

    /** Fraction of arrivals rejected because the station was full. */
    public double rejectionProbability() {
        return arrivals == 0 ? 0 : (double) rejected / arrivals;
    }
}
