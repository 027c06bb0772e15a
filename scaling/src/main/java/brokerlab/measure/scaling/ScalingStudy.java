package brokerlab.measure.scaling;

import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.measure.Machine;
import brokerlab.measure.ValkeyServer;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * REST against gRPC while the jukebox scales out: for each protocol and each node count k a {@link Cluster} is
 * started on the given Valkey, warmed up, then measured at each population N for a number of windows
 * (replications), and stopped. Bounded: every window lasts {@code windowMs}; a run lasts about
 * protocols x nodes x (warm-up + users x replications x window).
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start()) {
 *     ScalingResult r = ScalingStudy.plan().nodes(1, 3).users(2, 8).thinkMs(5).windowMs(1000).run(valkey);
 *     System.out.println(r);   // throughput with CIs beside exact MVA with the measured demands
 * }
 * }</pre>
 * Failures never throw: a port in use, a node that cannot start or dies, a Valkey that does not answer end the run
 * with one line in {@link ScalingResult#failure()}; every node started is stopped, the points measured are kept and
 * the one cut short is marked partial. Bad parameters throw at once, naming the parameter and the fix.
 *
 * @param protocols      transports to measure, in order
 * @param nodes          node counts k
 * @param users          populations N
 * @param thinkMs        mean think time (exponential), ms
 * @param windowMs       length of one measured window, ms
 * @param warmupMs       unmeasured load after each cluster starts (JIT, connections), ms
 * @param replications   windows per point
 * @param seed           seed of the users' streams
 * @param basePort       first node port, 0 for free ports
 * @param threadsPerNode worker threads of each node
 * @param killAtMs       fault experiment: the last node of every cluster is killed this long into its first
 *                       window; 0 for none
 * @param processes      each node a child JVM of its own ({@link ProcessNode}) rather than a server inside this JVM
 */
public record ScalingStudy(List<Protocol> protocols, int[] nodes, int[] users, double thinkMs, double windowMs, double warmupMs,
                           int replications, long seed, int basePort, int threadsPerNode, double killAtMs,
                           boolean processes) {
    /** Largest window, ms: a study is a bounded experiment, not a soak test. */
    public static final double MAX_WINDOW_MS = 60_000;

    public ScalingStudy {
        Check.notNull("protocols", protocols);
        if (protocols.isEmpty()) throw Check.fail("protocols", "[]", "measure at least one", "e.g. protocols(Protocol.REST, Protocol.GRPC)");
        protocols = List.copyOf(protocols);
        nodes = positive("nodes", nodes, 64).clone();
        users = positive("users", users, 512).clone();
        Check.positive("thinkMs", thinkMs);
        Check.positive("windowMs", windowMs);
        if (windowMs > MAX_WINDOW_MS) throw Check.fail("windowMs", windowMs, "it must be at most " + MAX_WINDOW_MS, "use more replications instead");
        Check.nonNegative("warmupMs", warmupMs);
        Check.atLeast("replications", replications, 1);
        Check.atLeast("basePort", basePort, 0);
        Check.atLeast("threadsPerNode", threadsPerNode, 1);
        Check.nonNegative("killAtMs", killAtMs);
    }

    /**
     * Both protocols, k = 1, 2, 3, N = 1, 4, 16, think 5 ms, 3 windows of 1 s, 1 s warm-up, seed 42, 4 threads, nodes
     * inside this JVM.
     */
    public static ScalingStudy plan() {
        return new ScalingStudy(List.of(Protocol.REST, Protocol.GRPC), new int[]{1, 2, 3}, new int[]{1, 4, 16}, 5, 1000,
                1000, 3, 42, 0, 4, 0, false);
    }

    public ScalingStudy protocols(Protocol... p) { return new ScalingStudy(List.of(p), nodes, users, thinkMs, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy nodes(int... k) { return new ScalingStudy(protocols, k, users, thinkMs, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy users(int... n) { return new ScalingStudy(protocols, nodes, n, thinkMs, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy thinkMs(double z) { return new ScalingStudy(protocols, nodes, users, z, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy windowMs(double w) { return new ScalingStudy(protocols, nodes, users, thinkMs, w, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy warmupMs(double w) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, w, replications, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy replications(int r) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, r, seed, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy seed(long s) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, replications, s, basePort, threadsPerNode, killAtMs, processes); }
    public ScalingStudy basePort(int p) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, replications, seed, p, threadsPerNode, killAtMs, processes); }
    public ScalingStudy threadsPerNode(int t) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, replications, seed, basePort, t, killAtMs, processes); }
    public ScalingStudy processes(boolean p) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, killAtMs, p); }
    public ScalingStudy killAtMs(double t) { return new ScalingStudy(protocols, nodes, users, thinkMs, windowMs, warmupMs, replications, seed, basePort, threadsPerNode, t, processes); }

    @Override public int[] nodes() { return nodes.clone(); }
    @Override public int[] users() { return users.clone(); }

    /** Runs the plan on {@code valkey} (which the caller starts and stops); see the class comment for failures. */
    public ScalingResult run(ValkeyServer valkey) {
        Check.notNull("valkey", valkey);
        Distribution think = Distributions.exponentialWithMean(thinkMs);
        Machine machine = Machine.current();
        List<ScalingPoint> points = new ArrayList<>();
        String failure = null;
        outer:
        for (Protocol protocol : protocols) {
            for (int k : nodes) {
                Cluster cluster;
                try {
                    cluster = Cluster.start(protocol, k, valkey.endpoint(), basePort, threadsPerNode, "study", processes);
                } catch (RuntimeException e) {
                    failure = protocol + " k=" + k + ": " + e.getMessage();
                    break outer;
                }
                try (cluster; JukeboxClient client = cluster.connect()) {
                    Window warm = warmupMs > 0 ? LoadWindow.measure(cluster, client, valkey.pid(), max(users), think, warmupMs,
                            seed, 999, null) : null;
                    if (warm != null && warm.failure() != null) {
                        failure = explain(protocol, k, cluster, valkey, warm.failure(), "warm-up");
                        break outer;
                    }
                    for (int n : users) {
                        List<Window> windows = new ArrayList<>();
                        for (int r = 0; r < replications; r++) {
                            Runnable fault = killAtMs > 0 && windows.isEmpty() && n == users[0] ? killLast(cluster) : null;
                            Window w = LoadWindow.measure(cluster, client, valkey.pid(), n, think, windowMs, seed, r, fault);
                            windows.add(w);
                            if (w.failure() != null) {
                                points.add(ScalingPoint.of(protocol, k, n, windows, true));
                                failure = explain(protocol, k, cluster, valkey, w.failure(), "window " + (r + 1) + " at N=" + n);
                                break outer;
                            }
                        }
                        points.add(ScalingPoint.of(protocol, k, n, windows, false));
                    }
                }
            }
        }
        return new ScalingResult(points, failure, thinkMs, Runtime.getRuntime().availableProcessors(), machine);
    }

    private Runnable killLast(Cluster cluster) {
        return () -> {
            try {
                Thread.sleep(Math.round(killAtMs));
            } catch (InterruptedException e) {
                return;   // the window ended first
            }
            cluster.nodes().get(cluster.size() - 1).kill();
        };
    }

    /** One line: what failed, where, and that the run stopped with its nodes. */
    private static String explain(Protocol protocol, int k, Cluster cluster, ValkeyServer valkey, String cause, String when) {
        String what = !valkey.endpoint().ping() ? "Valkey at " + valkey.endpoint() + " became unreachable"
                : cluster.firstDead().map(n -> "node 127.0.0.1:" + n.port() + " died").orElse("a request failed");
        return protocol + " k=" + k + ", " + when + ": " + what + " (" + cause + "); the run stopped and every node it "
                + "started was stopped; the points measured are kept, the last one marked partial";
    }

    private static int max(int[] a) {
        return Arrays.stream(a).max().orElseThrow();
    }

    private static int[] positive(String name, int[] values, int most) {
        Check.notNull(name, values);
        if (values.length == 0) throw Check.fail(name, "[]", "give at least one value", "e.g. " + name + "(1, 2, 3)");
        for (int v : values) {
            if (v < 1 || v > most) throw Check.fail(name, v, "each must be between 1 and " + most, "use counts in 1.." + most);
        }
        return values;
    }

    @Override public boolean equals(Object o) {
        return o instanceof ScalingStudy s && protocols.equals(s.protocols) && Arrays.equals(nodes, s.nodes)
                && Arrays.equals(users, s.users) && thinkMs == s.thinkMs && windowMs == s.windowMs && warmupMs == s.warmupMs
                && replications == s.replications && seed == s.seed && basePort == s.basePort
                && threadsPerNode == s.threadsPerNode && killAtMs == s.killAtMs && processes == s.processes;
    }

    @Override public int hashCode() {
        return 31 * (31 * protocols.hashCode() + Arrays.hashCode(nodes)) + Arrays.hashCode(users);
    }

    @Override public String toString() {
        return "ScalingStudy(" + protocols + ", nodes " + Arrays.toString(nodes) + ", users " + Arrays.toString(users)
                + ", think " + thinkMs + " ms, " + replications + " x " + windowMs + " ms" + (processes ? ", node processes" : "") + ")";
    }
}
