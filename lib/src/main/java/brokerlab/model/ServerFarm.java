package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.RoutingPolicy;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.util.Check;

/**
 * Heterogeneous servers behind a {@link RoutingPolicy}, ready to simulate (event engine only: no recursion is
 * exact once servers differ or queues are per server).
 *
 * <pre>{@code
 * ServerFarm farm = ServerFarm.of(new Exponential(1.5), new Exponential(1.0), 2.0, 1.0)   // speeds 2 and 1
 *         .routing(new SlowServerThreshold(3));
 * Estimates<StationRun> e = farm.simulate().customers(100_000).replications(10).seed(42).run();
 * }</pre>
 *
 * Immutable; the default routing is {@link FastestFreeServer}. Utilisation in the summaries is the fraction of
 * server-time busy, unweighted by speed.
 */
public final class ServerFarm implements Model<StationRun> {
    private final ServerFarmParams params;

    public ServerFarm(ServerFarmParams params) {
        this.params = Check.notNull("params", params);
    }

    /** Servers with the given speeds, a shared queue served by the fastest free server, infinite buffer. */
    public static ServerFarm of(Distribution arrival, Distribution demand, double... speeds) {
        return new ServerFarm(new ServerFarmParams(arrival, demand, speeds, new FastestFreeServer(), 0));
    }

    public ServerFarmParams params() { return params; }

    public ServerFarm routing(RoutingPolicy routing) {
        return new ServerFarm(new ServerFarmParams(params.arrival(), params.demand(), params.speeds(), routing, params.capacity()));
    }

    /** At most {@code capacity} jobs in the whole farm (0 = infinite). */
    public ServerFarm capacity(int capacity) {
        return new ServerFarm(new ServerFarmParams(params.arrival(), params.demand(), params.speeds(), params.routing(), capacity));
    }

    /** An experiment on this farm with the default plan. */
    public Experiment<StationRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication on the event engine; a time length is converted at the arrival rate. */
    @Override
    public StationRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        RunLength.Customers n = length.inCustomers(1 / params.arrival().mean());
        return ServerFarmEvents.run(params, n.warmup(), n.measured(), seed, replication);
    }

    @Override
    public String toString() {
        return "ServerFarm(" + params + ")";
    }

}
