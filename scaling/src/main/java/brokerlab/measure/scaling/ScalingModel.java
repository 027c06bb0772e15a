package brokerlab.measure.scaling;

import brokerlab.analytic.network.Mva;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Metric;
import brokerlab.model.closed.ClosedSystem;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed network behind a scaling measurement, solved by exact MVA ({@link Mva}) with measured demands. On one
 * machine every node, every client and Valkey run on the same cores, so however many nodes k there are, the network
 * has one CPU station of {@code cores} servers with demand D_cpu (all CPU per request: nodes, clients, Valkey) and
 * Valkey's single thread as a queue of its own with demand D_valkey (its CPU per request; counted in both, because
 * it both uses a core and serialises requests: an upper bound on its delay, small while D_valkey is a few per cent of
 * D_cpu), and the users think Z between requests. k does not appear: more nodes add no CPU here, the lesson of the
 * study. {@link #cluster} gives the same model for a real cluster: per-node CPUs, a network round trip.
 * {@link #simulation} is the same closed network as a discrete-event model of the engine ({@link ClosedSystem}), to
 * run beside MVA: exponential demands make it product-form, so the two must agree within the simulation's interval.
 *
 * <p>Other jobs on the machine take part of the cores. Under Linux's fair scheduler a request that finds them runnable
 * shares a core with them rather than waiting behind them, so the default model ignores them (b = 0). The pessimistic
 * bound ({@link #withBackground}) follows the shadow-CPU technique for a higher-priority
 * workload (Sevcik 1977; Lazowska et al. 1984 §11.4), the CPU station's demand is stretched by 1 / (1 - b), where b is
 * the busy fraction of the cores the other jobs used during the measurement ({@code machine_busy - cpu_util}):
 * the study's requests see only the capacity the others left.
 *
 * @param thinkMs        mean think time Z, ms
 * @param cpuDemandMs    D_cpu, CPU ms per request on the shared cores
 * @param cores          servers of the CPU station
 * @param valkeyDemandMs D_valkey, Valkey CPU ms per request
 * @param background     b, the busy fraction of the cores taken by other jobs, 0 on an idle machine, below 1
 */
public record ScalingModel(double thinkMs, double cpuDemandMs, int cores, double valkeyDemandMs, double background) {
    public ScalingModel {
        Check.nonNegative("thinkMs", thinkMs);
        Check.positive("cpuDemandMs", cpuDemandMs);
        Check.atLeast("cores", cores, 1);
        Check.positive("valkeyDemandMs", valkeyDemandMs);
        Check.nonNegative("background", background);
        if (background >= 1) throw Check.fail("background", background, "it must be below 1", "measure on a machine with some idle capacity");
    }

    /** The same model with the other jobs' share b of the cores (the shadow-CPU bound). */
    public ScalingModel withBackground(double b) {
        return new ScalingModel(thinkMs, cpuDemandMs, cores, valkeyDemandMs, b);
    }

    /** The CPU demand as the study's requests see it on the shared machine, D_cpu / (1 - b). */
    public double effectiveCpuDemandMs() {
        return cpuDemandMs / (1 - background);
    }

    /** The network: a {@code cores}-server CPU station and the Valkey queue. */
    public Mva mva() {
        return new Mva(List.of(Mva.Station.multiServer("cpu", effectiveCpuDemandMs(), cores), Mva.Station.queue("valkey", valkeyDemandMs)), thinkMs);
    }

    /** Throughput at N users, requests per second. */
    public double throughput(int users) {
        return 1000 * mva().solve(users).throughput();
    }

    /** Mean response at N users, ms. */
    public double response(int users) {
        return mva().solve(users).responseTime();
    }

    /**
     * The same network as BrokerLab's closed-system simulation: N users thinking Z (exponential), one tier of
     * {@code cores} FCFS servers with exponential service of mean D_cpu / (1 - b) (the shared cores), then the
     * Valkey queue with exponential service of mean D_valkey. Times in ms.
     */
    public ClosedSystem simulation(int users) {
        Check.atLeast("users", users, 1);
        if (thinkMs <= 0) throw Check.fail("thinkMs", thinkMs, "the simulation needs a positive think time", "use MVA (throughput) for Z = 0");
        return ClosedSystem.of(Distributions.exponentialWithMean(thinkMs), 1, cores, Distributions.exponentialWithMean(effectiveCpuDemandMs()),
                1, Distributions.exponentialWithMean(valkeyDemandMs)).withClients(users);
    }

    /**
     * Simulated throughput at N users, requests per second, with its 95% interval over {@code replications}
     * replications of {@code requests} requests each (a tenth more as warm-up), streams of {@code seed}.
     */
    public ConfidenceInterval simulatedThroughput(int users, long requests, int replications, long seed) {
        Check.atLeast("requests", requests, 100);
        Check.atLeast("replications", replications, 2);
        return simulation(users).simulate().customers(requests).replications(replications).seed(seed).threads(1).run()
                .get(Metric.THROUGHPUT).scaled(1000);
    }

    /**
     * Throughput at N users, requests per second, when at most {@code workers} requests can be inside the nodes at
     * once: {@link #throughputWithWorkers(int, int, double)} with no wait beyond the two stations.
     */
    public double throughputWithWorkers(int users, int workers) {
        return throughputWithWorkers(users, workers, 0);
    }

    /**
     * Throughput at N users, requests per second, when at most {@code workers} requests can be inside the nodes at
     * once: k nodes serving with a fixed pool of W threads each give workers = k W (pooled, which round robin
     * approaches), and a thread holds its request through its CPU, its Valkey round trip and {@code holdMs} of
     * further wall time per request (the measured wait for Valkey's replies beyond its CPU: loopback, scheduling).
     * The stations inside the pool (the CPU station, Valkey and that wait as a delay) are replaced by one
     * flow-equivalent server (Chandy, Herzog and Woo 1975; Lazowska et al. 1984 ch. 8) that completes
     * X_in(min(n, workers)) requests per ms with n inside, where X_in(m) is their throughput with m requests
     * circulating (MVA with no think time); the users and that server form a birth-death chain, solved exactly.
     * Every CPU ms per request is put inside the pool, the users' own included, so the cap's effect is bounded from
     * above. With workers at least N and no hold it equals {@link #throughput}.
     */
    public double throughputWithWorkers(int users, int workers, double holdMs) {
        Check.atLeast("users", users, 1);
        Check.atLeast("workers", workers, 1);
        Check.nonNegative("holdMs", holdMs);
        if (thinkMs <= 0) throw Check.fail("thinkMs", thinkMs, "the pool model needs a positive think time", "use throughput for Z = 0");
        int inside = Math.min(users, workers);
        List<Mva.Station> pool = new ArrayList<>(mva().stations());
        if (holdMs > 0) pool.add(Mva.Station.delay("valkey-wait", holdMs));
        List<Mva.Result> inner = new Mva(pool, 0).solveUpTo(inside);
        // log p(j) of j requests inside, up to a constant: p(j) = p(j-1) (N - j + 1) / Z / mu(j); logs, as N! overflows
        double[] logP = new double[users + 1];
        double top = 0;
        for (int j = 1; j <= users; j++) {
            double mu = inner.get(Math.min(j, inside) - 1).throughput();
            logP[j] = logP[j - 1] + Math.log((users - j + 1) / thinkMs) - Math.log(mu);
            top = Math.max(top, logP[j]);
        }
        double norm = 0, x = 0;
        for (int j = 0; j <= users; j++) {
            double p = Math.exp(logP[j] - top);
            norm += p;
            if (j > 0) x += p * inner.get(Math.min(j, inside) - 1).throughput();
        }
        return 1000 * x / norm;
    }

    /** The saturating resource by the bottleneck law: the largest D_k / c_k. */
    public String bottleneck() {
        return effectiveCpuDemandMs() / cores >= valkeyDemandMs ? "cpu" : "valkey";
    }

    /** The throughput no population can pass, 1000 / max(D_cpu / cores, D_valkey) per second. */
    public double maxThroughput() {
        return 1000 / Math.max(effectiveCpuDemandMs() / cores, valkeyDemandMs);
    }

    /** N* = (D + Z) / D_max: the population where the two asymptotes meet (Lazowska et al. 1984 §5.2). */
    public double kneeUsers() {
        return (effectiveCpuDemandMs() + valkeyDemandMs + thinkMs) / Math.max(effectiveCpuDemandMs() / cores, valkeyDemandMs);
    }

    /**
     * The same study on a real cluster: k nodes, each with {@code coresPerNode} cores of its own and 1/k of the
     * requests (round robin), each request costing {@code nodeCpuMs} there; Valkey on its own machine with its
     * measured demand; clients elsewhere; and a network delay of {@code networkMs} per request (all round trips).
     */
    public Mva cluster(int nodes, int coresPerNode, double nodeCpuMs, double networkMs) {
        Check.atLeast("nodes", nodes, 1);
        Check.atLeast("coresPerNode", coresPerNode, 1);
        Check.positive("nodeCpuMs", nodeCpuMs);
        Check.nonNegative("networkMs", networkMs);
        List<Mva.Station> stations = new ArrayList<>();
        for (int i = 0; i < nodes; i++) stations.add(Mva.Station.multiServer("node" + (i + 1), nodeCpuMs / nodes, coresPerNode));
        stations.add(Mva.Station.queue("valkey", valkeyDemandMs));
        if (networkMs > 0) stations.add(Mva.Station.delay("network", networkMs));
        return new Mva(stations, thinkMs);
    }

    /**
     * The node count beyond which a real cluster stops scaling: Valkey saturates once k c / D_node passes 1 / D_valkey,
     * k* = D_node / (c D_valkey).
     */
    public double clusterKnee(int coresPerNode, double nodeCpuMs) {
        Check.atLeast("coresPerNode", coresPerNode, 1);
        Check.positive("nodeCpuMs", nodeCpuMs);
        return nodeCpuMs / (coresPerNode * valkeyDemandMs);
    }
}
