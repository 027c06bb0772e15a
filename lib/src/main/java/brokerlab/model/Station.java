package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.util.Check;

/**
 * A single queueing station G/G/c/K with FCFS or processor sharing, ready to simulate: the notebook entry point.
 *
 * <pre>{@code
 * StationEstimate e = Station.mmc(0.2, 0.1, 3).simulate()
 *         .customers(200_000).replications(20).seed(42).run();
 * e.meanWait();   // 4.44 ± 0.05 (95% CI); Erlang C gives 4.444 (C(3, 2) = 4/9, Wq = C / (c mu - lambda))
 * }</pre>
 *
 * Immutable: every modifier returns a new station, validated as a whole by {@link StationParams} (so an
 * overloaded infinite-buffer station is rejected at once; use the factories taking a capacity for a loss system).
 * FCFS stations with an infinite buffer are simulated by the Kiefer–Wolfowitz recursion ({@link Engine#AUTO}),
 * everything else by the event engine.
 */
public final class Station implements SimulationModel {
    private final StationParams params;

    public Station(StationParams params) {
        this.params = Check.notNull("params", params);
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

    /** The same station with capacity K (0 = infinite). */
    public Station capacity(int capacity) {
        return new Station(new StationParams(params.arrival(), params.service(), params.servers(), capacity, params.discipline()));
    }

    public Station discipline(Discipline discipline) {
        return new Station(new StationParams(params.arrival(), params.service(), params.servers(), params.capacity(), discipline));
    }

    /** The same station under processor sharing. */
    public Station processorSharing() {
        return discipline(Discipline.PS);
    }

    /** A simulation plan with defaults (see {@link Simulation}); chain its setters, then {@code run()}. */
    public Simulation simulate() {
        return Simulation.of(this);
    }

    /** One replication; {@link Engine#AUTO} picks the recursion for FCFS with an infinite buffer. */
    @Override
    public RunSummary run(Engine engine, long warmup, long customers, long seed, int replication) {
        Check.notNull("engine", engine);
        checkRun(warmup, customers, replication);
        boolean recursion = engine == Engine.RECURSION || (engine == Engine.AUTO && params.recursionApplies());
        if (recursion) return FcfsRecursion.run(params, warmup, customers, seed, replication, null);
        if (params.discipline() == Discipline.PS) return ProcessorSharingEvents.run(params, warmup, customers, seed, replication);
        return FcfsEvents.run(params, warmup, customers, seed, replication, null);
    }

    @Override
    public String toString() {
        return "Station(" + params.arrival().spec() + ", " + params.service().spec() + ", c=" + params.servers()
                + (params.infiniteCapacity() ? "" : ", K=" + params.capacity()) + ", " + params.discipline() + ")";
    }

    /** The bounds {@link Simulation} enforces, for callers that run a replication directly. */
    static void checkRun(long warmup, long customers, int replication) {
        Check.atLeast("warmup", warmup, 0L);
        Check.atLeast("customers", customers, 2L);
        Check.atLeast("replication", replication, 0);
    }
}
