package brokerlab.measure;

import brokerlab.analytic.HeavyTail;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.ServerFarm;
import brokerlab.model.Station;
import brokerlab.model.StationRun;
import brokerlab.model.arrivals.ArrivalProcess;
import brokerlab.model.arrivals.Renewal;
import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.RandomSplit;
import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open-loop measurement of a real broker, as a {@link Model}: a producer sends messages at the instants of an
 * arrival process (Poisson, any renewal process, or an MMPP), c worker threads take them from the broker and each
 * "serves" its message for the service time drawn for it (a sleep, {@link Pacer}), and every message is timestamped at
 * send, dequeue and completion ({@link MessageTimeline}). The outcome has the station metrics under the station's names, so
 * a measurement and the matching simulation ({@link #station()}) sit in one table:
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start()) {
 *     Measurement m = Measurement.on(valkey).arrival("exp(mean=2.083)").service("exp(mean=5)").workers(3);
 *     Estimates<MeasuredRun> measured = Experiment.of(m).customers(10_000).replications(3).seed(42).run();
 *     Estimates<StationRun> simulated = Experiment.of(m.station()).customers(10_000).replications(3).seed(42).run();
 * }
 * }</pre>
 *
 * <p>Units. Distributions are in milliseconds, and so are all measured times; throughput is per millisecond. A
 * {@link RunLength.Customers} length counts messages; a {@link RunLength.Time} length is wall-clock seconds,
 * converted to messages at the mean arrival rate (1000 / mean inter-arrival ms per second).
 *
 * <p>Common random numbers. Replication r draws inter-arrival k from stream (seed, r, ARRIVALS), service k from
 * (seed, r, SERVICE) and the partition from (seed, r, ROUTING), in message order, before the run starts: the very
 * numbers a {@link Station} simulation of the same seed uses for customer k. The service time travels in the message,
 * so whichever worker takes message k serves the k-th draw. The measurement then differs from the simulation only by
 * what the real system adds: broker transit, the timer's overshoot, the producer's lag, the machine's other work.
 *
 * <p>Bounds. A run sends exactly its message count and stops at its time limit (by default three times the expected
 * duration plus 10 s), whichever comes first; a broker that dies mid-run ends it early with
 * {@link MeasuredRun#failure()} set and the completed messages kept. Runs never overlap: replications asked for in
 * parallel are measured one after another (two at once would compete for the same cores and measure each other).
 * Immutable; every modifier returns a new measurement.
 */
public final class Measurement implements Model<MeasuredRun> {
    /** Largest message count of one run (six timestamps each: about 50 MB). */
    public static final long MAX_MESSAGES = 1_000_000;
    /** {@link #queueLimit()} of a measurement without a circuit breaker. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;
    static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private final RunningBroker broker;
    private final ArrivalProcess arrival;
    private final Distribution service;
    private final double[] speeds;
    private final QueueLayout layout;
    private final double timeLimitSeconds;
    private final int queueLimit;

    private Measurement(RunningBroker broker, ArrivalProcess arrival, Distribution service, double[] speeds, QueueLayout layout,
                        double timeLimitSeconds, int queueLimit) {
        this.broker = broker;
        this.arrival = arrival;
        this.service = service;
        this.speeds = speeds;
        this.layout = layout;
        this.timeLimitSeconds = timeLimitSeconds;
        this.queueLimit = queueLimit;
    }

    /**
     * A measurement on {@code broker} (which the caller starts and closes): by default Poisson arrivals with mean gap
     * 2 ms, exponential service with mean 1 ms, one worker, a shared queue.
     */
    public static Measurement on(RunningBroker broker) {
        return new Measurement(Check.notNull("broker", broker), Renewal.poisson(0.5), Distributions.exponentialWithMean(1),
                new double[]{1}, QueueLayout.SHARED, 0, NO_LIMIT);
    }

    /** Inter-arrival times from a spec in ms, e.g. {@code exp(mean=2)} (Poisson, 500 messages/s). */
    public Measurement arrival(String spec) { return arrival(Distributions.parse(spec)); }

    public Measurement arrival(Distribution interArrival) { return arrival(new Renewal(Check.notNull("interArrival", interArrival))); }

    /** Any arrival process, e.g. an {@code Mmpp2} (rates per ms). */
    public Measurement arrival(ArrivalProcess process) {
        return new Measurement(broker, Check.notNull("arrival", process), service, speeds, layout, timeLimitSeconds, queueLimit);
    }

    /** Service times from a spec in ms, e.g. {@code lomax(alpha=2.5,mean=5)}. */
    public Measurement service(String spec) { return service(Distributions.parse(spec)); }

    public Measurement service(Distribution s) {
        return new Measurement(broker, arrival, Check.notNull("service", s), speeds, layout, timeLimitSeconds, queueLimit);
    }

    /** {@code c} identical workers. */
    public Measurement workers(int c) {
        Check.atLeast("workers", c, 1);
        Check.atLeast("workers", 256, c);
        double[] s = new double[c];
        Arrays.fill(s, 1);
        return speeds(s);
    }

    /** One worker per speed: a worker of speed 0.25 serves a drawn demand d in 4 d (the Trap's slow worker). */
    public Measurement speeds(double... workerSpeeds) {
        Check.notNull("speeds", workerSpeeds);
        if (workerSpeeds.length < 1 || workerSpeeds.length > 256) {
            throw Check.fail("workers", workerSpeeds.length, "it must be between 1 and 256", "give one speed per worker thread");
        }
        for (int i = 0; i < workerSpeeds.length; i++) Check.positive("speeds[" + i + "]", workerSpeeds[i]);
        return new Measurement(broker, arrival, service, workerSpeeds.clone(), layout, timeLimitSeconds, queueLimit);
    }

    public Measurement layout(QueueLayout l) {
        return new Measurement(broker, arrival, service, speeds, Check.notNull("layout", l), timeLimitSeconds, queueLimit);
    }

    /** Wall-clock limit of one run in seconds; 0 restores the default (3 x expected duration + 10 s). */
    public Measurement timeLimit(double seconds) {
        Check.nonNegative("timeLimit", seconds);
        return new Measurement(broker, arrival, service, speeds, layout, seconds, queueLimit);
    }

    /**
     * The seed system's circuit breaker on the producer side: a message that finds more than {@code limit} messages
     * sent but not yet taken by a worker is refused (counted in {@code rejection_probability}, never sent). The
     * matching station has capacity K = limit + 1 + c: at most limit + 1 waiting and c in service.
     */
    public Measurement queueLimit(int limit) {
        Check.atLeast("queueLimit", limit, 0);
        return new Measurement(broker, arrival, service, speeds, layout, timeLimitSeconds, limit);
    }

    /** The queue limit, or {@link #NO_LIMIT}. */
    public int queueLimit() { return queueLimit; }

    public boolean hasQueueLimit() { return queueLimit != NO_LIMIT; }

    public RunningBroker broker() { return broker; }
    public ArrivalProcess arrival() { return arrival; }
    public Distribution service() { return service; }
    public int workers() { return speeds.length; }
    public double[] speeds() { return speeds.clone(); }
    public QueueLayout layout() { return layout; }

    /** Mean arrivals per ms. */
    public double arrivalRate() { return arrival.rate(); }

    /** Utilisation lambda E[S] / (sum of speeds): below 1 for a stable open loop. */
    public double utilization() {
        return arrival.rate() * service.mean() / Arrays.stream(speeds).sum();
    }

    /** An experiment on this measurement with the default plan. */
    public Experiment<MeasuredRun> measure() {
        return Experiment.of(this);
    }

    /**
     * The matching simulated model, in the same units and with the same streams: a FCFS {@link Station} for a shared
     * queue of identical workers; otherwise a {@link ServerFarm}, served by the fastest free worker (shared) or split
     * at random in proportion 1/c (partitions; a hash split of distinct ids is modelled as random too).
     * Needs renewal arrivals.
     */
    public Model<StationRun> station() {
        if (!(arrival instanceof Renewal r)) {
            throw Check.fail("arrival", arrival.spec(), "the station models take renewal arrivals", "compare an MMPP "
                    + "measurement with brokerlab.model.network instead");
        }
        boolean identical = Arrays.stream(speeds).allMatch(s -> s == speeds[0]);
        if (hasQueueLimit()) {
            if (layout != QueueLayout.SHARED || !identical || speeds[0] != 1) {
                throw Check.fail("queueLimit", queueLimit, "the model of a queue limit is one shared queue of identical workers",
                        "drop the limit, or use a shared layout and workers(c)");
            }
            return Station.of(r.interArrival(), service, speeds.length, capacity(), brokerlab.model.Discipline.FCFS);
        }
        if (layout == QueueLayout.SHARED && identical && speeds[0] == 1) return Station.of(r.interArrival(), service, speeds.length);
        ServerFarm farm = ServerFarm.of(r.interArrival(), service, speeds);
        return layout == QueueLayout.SHARED ? farm.routing(new FastestFreeServer()) : farm.routing(RandomSplit.equal());
    }

    /** The station capacity K matching the queue limit: limit + 1 waiting plus c in service. */
    public int capacity() {
        return hasQueueLimit() ? queueLimit + 1 + speeds.length : 0;
    }

    /** Runs one replication; see the class comment for units, streams and bounds. */
    @Override
    public MeasuredRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        if (!hasQueueLimit()) Check.stable(utilization());
        RunLength.Customers n = length.inCustomers(1000 * arrival.rate());
        if (n.total() > MAX_MESSAGES) {
            throw Check.fail("messages", n.total(), "one run sends at most " + MAX_MESSAGES + " (warm-up included)",
                    "use fewer messages per run and more replications");
        }
        double expectedSeconds = n.total() / arrival.rate() / 1000;
        double limit = timeLimitSeconds > 0 ? timeLimitSeconds : 3 * expectedSeconds + 10;
        ONE_AT_A_TIME.lock();
        try {
            return new OpenLoopRun(this, (int) n.warmup(), (int) n.total(), seed, replication, limit).execute();
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** The 2 000 measured messages after 200 of warm-up. */
    @Override
    public RunLength defaultLength() {
        return RunLength.customers(2_000);
    }

    /** True when waits may have infinite variance (Scheller-Wolf's condition, as {@code StationParams.heavyTailed}). */
    boolean heavyTailed() {
        if (service.hasInfiniteVariance()) return true;
        double alpha = service.tailIndex();
        return !Double.isInfinite(alpha) && !HeavyTail.waitVarianceFinite(alpha, speeds.length,
                arrival.rate() * service.mean());
    }

    @Override
    public String describe() {
        String w = Arrays.stream(speeds).allMatch(s -> s == 1) ? "c=" + speeds.length : "speeds=" + Arrays.toString(speeds);
        return String.format(Locale.ROOT, "measured %s: arrivals %s, service %s, %s, %s%s", broker.address(), arrival.spec(),
                service.spec(), w, layout, hasQueueLimit() ? ", queue limit " + queueLimit : "");
    }

    @Override public String toString() { return "Measurement(" + describe() + ")"; }
}
