package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.TransientTrace;
import brokerlab.util.Check;

/**
 * A single queueing station G/G/c/K with FCFS or processor sharing, ready to simulate: the notebook entry point.
 *
 * <pre>{@code
 * Estimates<StationRun> e = Station.mmc(0.2, 0.1, 3).simulate()
 *         .customers(200_000).replications(20).seed(42).run();
 * e.get(Metric.MEAN_WAIT);   // 4.44 ± 0.05 (95% CI); Erlang C gives 4.444 (C(3, 2) = 4/9, Wq = C / (c mu - lambda))
 * }</pre>
 *
 * Immutable: every modifier returns a new station, validated as a whole by {@link StationParams} (so an
 * overloaded infinite-buffer station is rejected at once; use the factories taking a capacity for a loss system).
 * FCFS stations with an infinite buffer are simulated by the Kiefer–Wolfowitz recursion ({@link Engine#AUTO}),
 * everything else by the event engine. A {@link RunLength.Time} length is converted to customers at the
 * arrival rate.
 */
public final class Station implements Model<StationRun>, TransientTrace {
    private final StationParams params;
    private final Engine engine;

    public Station(StationParams params) {
        this(params, Engine.AUTO);
    }

    private Station(StationParams params, Engine engine) {
        this.params = Check.notNull("params", params);
        this.engine = Check.notNull("engine", engine);
        if (engine == Engine.RECURSION && !params.recursionApplies()) {
            throw Check.fail("engine", engine, "the recursion needs FCFS and an infinite buffer",
                    "use Engine.EVENTS or AUTO for " + params.discipline() + (params.infiniteCapacity() ? "" : " with capacity " + params.capacity()));
        }
    }

    /** G/G/c FCFS with an infinite buffer. */
    public static Station of(Distribution arrival, Distribution service, int servers) {
        return new Station(new StationParams(arrival, service, servers));
    }

    /** G/G/c/K with the given discipline; capacity 0 means infinite. */
    public static Station of(Distribution arrival, Distribution service, int servers, int capacity, Discipline discipline) {
        return new Station(new StationParams(arrival, service, servers, capacity, discipline));
    }

    /** M/M/c FCFS: Poisson arrivals at {@code arrivalRate}, exponential service at {@code serviceRate} per server. */
    public static Station mmc(double arrivalRate, double serviceRate, int servers) {
        return mmck(arrivalRate, serviceRate, servers, StationParams.INFINITE);
    }

    /** M/M/1 FCFS. */
    public static Station mm1(double arrivalRate, double serviceRate) {
        return mmc(arrivalRate, serviceRate, 1);
    }

    /** M/M/c/K FCFS: at most {@code capacity} jobs in the system (waiting and in service). */
    public static Station mmck(double arrivalRate, double serviceRate, int servers, int capacity) {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
        return new Station(new StationParams(new Exponential(arrivalRate), new Exponential(serviceRate), servers, capacity, Discipline.FCFS));
    }

    /** Heterogeneous servers (speeds) behind a load balancer: a {@link ServerFarm}, fastest free server by default. */
    public static ServerFarm heterogeneous(Distribution arrival, Distribution demand, double... speeds) {
        return ServerFarm.of(arrival, demand, speeds);
    }

    public StationParams params() { return params; }

    public Engine engine() { return engine; }

    /** The same station with capacity K (0 = infinite). */
    public Station capacity(int capacity) {
        return new Station(new StationParams(params.arrival(), params.service(), params.servers(), capacity, params.discipline()), engine);
    }

    public Station discipline(Discipline discipline) {
        return new Station(new StationParams(params.arrival(), params.service(), params.servers(), params.capacity(), discipline), engine);
    }

    /** The same station forced onto one implementation; {@link Engine#AUTO} (the default) picks the fastest exact one. */
    public Station engine(Engine engine) {
        return new Station(params, engine);
    }

    /** The same station under processor sharing. */
    public Station processorSharing() {
        return discipline(Discipline.PS);
    }

    /** An experiment on this station with the default plan; chain its setters, then {@code run()}. */
    public Experiment<StationRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication; {@link Engine#AUTO} picks the recursion for FCFS with an infinite buffer. */
    @Override
    public StationRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        RunLength.Customers n = length.inCustomers(params.arrivalRate());
        boolean recursion = engine == Engine.RECURSION || (engine == Engine.AUTO && params.recursionApplies());
        if (recursion) return FcfsRecursion.run(params, n.warmup(), n.measured(), seed, replication, null);
        if (params.discipline() == Discipline.PS) return ProcessorSharingEvents.run(params, n.warmup(), n.measured(), seed, replication);
        return FcfsEvents.run(params, n.warmup(), n.measured(), seed, replication, null);
    }

    /** Traces every customer's wait from an empty system (FCFS only; processor sharing has no FCFS wait to trace). */
    @Override
    public boolean trace(long customers, long seed, int replication, java.util.function.DoubleConsumer sink) {
        if (params.discipline() != Discipline.FCFS) return false;
        if (params.recursionApplies() && engine != Engine.EVENTS) FcfsRecursion.run(params, 0, customers, seed, replication, sink);
        else FcfsEvents.run(params, 0, customers, seed, replication, sink);
        return true;
    }

    @Override
    public String toString() {
        return "Station(" + params.arrival().spec() + ", " + params.service().spec() + ", c=" + params.servers()
                + (params.infiniteCapacity() ? "" : ", K=" + params.capacity()) + ", " + params.discipline()
                + (engine == Engine.AUTO ? "" : ", " + engine) + ")";
    }
}
