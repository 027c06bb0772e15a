package brokerlab.model;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

/**
 * The statistics of one c-server FCFS station inside a multi-station engine (an open network, a closed system): its
 * state counts (present, waiting, busy and up servers) with their time averages, counters, and per-visit wait,
 * response and inter-departure times. The engine reports every change through the methods below, with the time it
 * happens; {@link #result} gives the window's {@link Slice}. Counts are visits, so a job that loops back through the
 * station counts again. Mutable, one per station and run.
 *
 * <p>A station slice holds {@link StationRun#CUSTOMERS} (arrivals, accepted or rejected), {@link StationRun#REJECTED},
 * {@link StationRun#DEPARTURES}, throughput, utilization (time-average fraction of servers serving a job, lambda E[S]
 * / c), {@link #AVAILABILITY}, mean wait and response per visit, mean queue length (waiting, not in service), mean
 * number at the station (L), rejection probability, {@link #INTER_DEPARTURE_SCV} and {@link #MAX_QUEUE_LENGTH}.
 */
public final class StationMonitor {
    /** Time-average fraction of servers up (1 without breakdowns). */
    public static final Metric AVAILABILITY = Metric.of("availability", "", Metric.Kind.TIME_AVERAGE);
    /** Squared coefficient of variation of the inter-departure times (1 for Poisson output; QNA's c_d^2). */
    public static final Metric INTER_DEPARTURE_SCV = Metric.of("inter_departure_scv", "", Metric.Kind.OTHER);
    /** Most jobs seen waiting at once. */
    public static final Metric MAX_QUEUE_LENGTH = Metric.of("max_queue_length", "jobs", Metric.Kind.OTHER);

    private final String name;
    private final int servers;
    private int number, waiting, busy, up, maxWaiting;
    private final TimeAverage numberAverage = new TimeAverage(), waitingAverage = new TimeAverage(),
            busyAverage = new TimeAverage(), upAverage;
    private long arrivals, rejected, served;
    private double lastDeparture = Double.NaN;
    private RunningStats wait = new RunningStats(), response = new RunningStats(), gaps = new RunningStats();

    public StationMonitor(String name, int servers) {
        this.name = name;
        this.servers = servers;
        this.up = servers;
        this.upAverage = new TimeAverage(0, servers);
    }

    /** Jobs at the station, waiting or in service. */
    public int number() { return number; }

    /** A visit arrives; it is rejected when the station holds {@code capacity} jobs. True when accepted. */
    public boolean arrive(double now, int capacity) {
        arrivals++;
        if (number >= capacity) {
            rejected++;
            return false;
        }
        numberAverage.update(now, ++number);
        return true;
    }

    /** {@code delta} jobs join (+1) or leave (-1) the queue. */
    public void queued(double now, int delta) {
        waiting += delta;
        if (waiting > maxWaiting) maxWaiting = waiting;
        waitingAverage.update(now, waiting);
    }

    /** A server starts a job that waited {@code wait}, or resumes one after a repair ({@code wait} NaN). */
    public void started(double now, double wait) {
        busyAverage.update(now, ++busy);
        if (!Double.isNaN(wait)) this.wait.add(wait);
    }

    public void departed(double now, double responseTime) {
        numberAverage.update(now, --number);
        busyAverage.update(now, --busy);
        served++;
        response.add(responseTime);
        if (!Double.isNaN(lastDeparture)) gaps.add(now - lastDeparture);
        lastDeparture = now;
    }

    /** A server fails; {@code interrupted} when it was serving a job. */
    public void failed(double now, boolean interrupted) {
        upAverage.update(now, --up);
        if (interrupted) busyAverage.update(now, --busy);
    }

    public void repaired(double now) {
        upAverage.update(now, ++up);
    }

    /** Forgets everything measured so far (end of warm-up), keeping the current state. */
    public void reset(double now) {
        numberAverage.reset(now);
        waitingAverage.reset(now);
        busyAverage.reset(now);
        upAverage.reset(now);
        arrivals = rejected = served = 0;
        maxWaiting = waiting;
        lastDeparture = Double.NaN;
        wait = new RunningStats();
        response = new RunningStats();
        gaps = new RunningStats();
    }

    /** The window's results: it began at the last {@link #reset} and lasted {@code duration} up to {@code now}. */
    public Slice result(double now, double duration) {
        double gapMean = gaps.mean();
        boolean window = duration > 0;
        return new Slice(name, Measurements.builder()
                .put(StationRun.CUSTOMERS, arrivals).put(StationRun.REJECTED, rejected).put(StationRun.DEPARTURES, served)
                .put(Metric.THROUGHPUT, served / duration)
                .put(Metric.UTILIZATION, window ? busyAverage.mean(now) / servers : Double.NaN)
                .put(AVAILABILITY, window ? upAverage.mean(now) / servers : Double.NaN)
                .put(Metric.MEAN_WAIT, wait.mean()).put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.MEAN_QUEUE_LENGTH, window ? waitingAverage.mean(now) : Double.NaN)
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, window ? numberAverage.mean(now) : Double.NaN)
                .put(Metric.REJECTION_PROBABILITY, arrivals == 0 ? 0 : (double) rejected / arrivals)
                .put(INTER_DEPARTURE_SCV, gaps.count() < 2 ? Double.NaN : gaps.variance() / (gapMean * gapMean))
                .put(MAX_QUEUE_LENGTH, maxWaiting)
                .build());
    }
}
