package brokerlab.model;

/**
 * The measurements of one simulation run (one replication), immutable. Produced from streaming accumulators
 * (sums, log-linear histogram percentiles, time integrals), never from a per-customer list, so memory does not grow with
 * the run length.
 *
 * <p>Observation rule. The first {@code warmup} arrivals are discarded (by default 10% of {@code customers}, see
 * {@link Simulation#warmup(long)}); the next {@code customers} arrivals are measured. Per-customer statistics
 * (waits, responses, percentiles, rejections) cover exactly those customers, followed to their departure.
 * Time averages (utilisation, queue length, number in system) are integrals of the sample path over the
 * observation window from the first to the last measured arrival ({@code observedTime} long), divided by its
 * length: measured, not derived from Little's law. {@code littleRelativeError} compares the two sides,
 * |L − λW| / L with λ = accepted arrivals / observedTime; it shrinks like 1/customers.
 *
 * <p>Under processor sharing a job never waits for a server; there {@code wait} means the delay caused by
 * sharing, response − demand, {@code waitProbability} is the fraction of accepted arrivals that found at least c
 * jobs (and so started at rate below one), and {@code meanQueueLength} is the time average of max(0, N − c).
 *
 * @param customers              measured arrivals (accepted and rejected)
 * @param simulatedTime          clock at the end of the run (warm-up and drain included)
 * @param observedTime           length of the observation window
 * @param utilization            busy server-time / (servers × observedTime)
 * @param waitProbability        fraction of accepted measured customers who waited (FCFS: wait > 0)
 * @param meanWait               mean time in queue of accepted measured customers
 * @param meanResponse           mean time in system (wait + service) of accepted measured customers
 * @param meanQueueLength        time-average number waiting
 * @param meanNumberInSystem     time-average number in the system
 * @param rejectionProbability   rejected / customers (finite capacity only, else 0)
 * @param throughput             accepted measured customers / observedTime
 * @param arrivals               measured arrivals counted by the engine (equals customers)
 * @param departures             measured customers that departed (the run drains, so arrivals − rejected)
 * @param rejected               measured arrivals turned away because the station was full
 * @param infiniteServiceVariance true when the service time has infinite variance: mean-wait CIs then converge
 *                               slowly or not at all (Scheller-Wolf 2003), read them with care
 * @param engine                 which implementation produced the run
 */
public record RunSummary(
        long customers, double simulatedTime, double observedTime,
        double utilization, double waitProbability, double meanWait, double meanResponse,
        double meanQueueLength, double meanNumberInSystem,
        double p50Response, double p95Response, double p99Response, double p999Response,
        double p50Wait, double p95Wait, double p99Wait, double p999Wait,
        double rejectionProbability, double throughput,
        long arrivals, long departures, long rejected,
        double littleRelativeError, boolean infiniteServiceVariance, Engine engine) {

    /** Jobs still present at the end; always 0 because every run follows its measured customers out. */
    public long leftInSystem() {
        return arrivals - rejected - departures;
    }
}
