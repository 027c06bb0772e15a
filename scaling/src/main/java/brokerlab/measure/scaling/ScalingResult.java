package brokerlab.measure.scaling;

import brokerlab.measure.Machine;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link ScalingStudy} measured, with the model beside it: for each (protocol, nodes) the {@link ScalingModel}
 * built from that cluster's own measured demands (throughput-weighted over its populations), solved by exact MVA at
 * each measured N, with the cores taken to be the study's; {@link #background} gives the share the other jobs took.
 * The demand per request is not one number: it falls as the load grows (the nodes' transports batch more work per
 * wake-up), so {@link #loadModel} is the model with the demand measured at that very (protocol, k, N), a
 * load-dependent demand, and {@link #simulated} simulates that network with the engine beside its MVA. The machine
 * and every window's load average are recorded: the cores were shared with other jobs, and {@code machine_busy}
 * above {@code cpu_util} shows how much.
 *
 * @param points  the points measured, in plan order
 * @param failure one line saying why the run stopped early, or null when it ran the whole plan
 * @param thinkMs the users' mean think time, ms
 * @param cores   the cores shared by nodes, clients and Valkey
 * @param machine the machine at the start of the run
 */
public record ScalingResult(List<ScalingPoint> points, String failure, double thinkMs, int cores, Machine machine) {
    public ScalingResult {
        points = List.copyOf(Check.notNull("points", points));
        Check.atLeast("cores", cores, 1);
    }

    /** True when the run stopped before the end of its plan. */
    public boolean partial() {
        return failure != null;
    }

    /** The points of one cluster, in the order of their populations. */
    public List<ScalingPoint> points(Protocol protocol, int nodes) {
        return points.stream().filter(p -> p.protocol() == protocol && p.nodes() == nodes).toList();
    }

    /** The model with the demands measured on the (protocol, nodes) cluster, its complete points only. */
    public ScalingModel model(Protocol protocol, int nodes) {
        List<ScalingPoint> ps = points(protocol, nodes).stream().filter(p -> !p.partial()).toList();
        if (ps.isEmpty()) {
            throw Check.fail("nodes", nodes, "no complete point of " + protocol + " with " + nodes + " nodes was measured",
                    "pick a (protocol, nodes) pair of the plan that ran");
        }
        return new ScalingModel(thinkMs, weighted(ps, ScalingPoint::cpuDemand), cores, weighted(ps, ScalingPoint::valkeyCpu), 0);
    }

    /**
     * The first version of the model: one demand per (protocol, nodes) cluster with the JIT compiler's CPU counted in
     * it, (D_cpu + D_jit) weighted by throughput over the complete points, beside the cluster's Valkey demand. Kept to
     * show how much the compiler's warm-up, shared by few requests at low N, misleads a single-demand model.
     */
    public ScalingModel firstVersionModel(Protocol protocol, int nodes) {
        List<ScalingPoint> ps = points(protocol, nodes).stream().filter(p -> !p.partial()).toList();
        double withJit = weighted(ps, p -> p.cpuDemand() + p.jitCpu());
        return new ScalingModel(thinkMs, withJit, cores, model(protocol, nodes).valkeyDemandMs(), 0);
    }

    /**
     * The share of throughput a pool of {@code threadsPerNode} workers per node costs at a point in the model: MVA
     * with at most k W requests in service ({@link ScalingModel#throughputWithWorkers}) against as many workers as
     * users, each worker held through its CPU, Valkey and the measured wall wait for Valkey's replies (0 when that
     * wait was not measured). The wall wait also holds time spent waiting for a core, so the cut is an upper bound.
     */
    public double poolCut(ScalingPoint p, int threadsPerNode) {
        Check.atLeast("threadsPerNode", threadsPerNode, 1);
        ScalingModel m = loadModel(p);
        double hold = Double.isFinite(p.valkeyWait()) ? p.valkeyWait() : 0;
        return 1 - m.throughputWithWorkers(p.users(), p.nodes() * threadsPerNode, hold)
                / m.throughputWithWorkers(p.users(), p.users(), hold);
    }

    /**
     * The busy fraction of the cores that other jobs took while the (protocol, nodes) cluster was measured,
     * machine_busy - cpu_util averaged over its complete points, between 0 and 0.9 (at 0.9 the study still had a
     * fifth of a core; below 0 is measurement noise). {@code model(p, k).withBackground(background(p, k))} is the
     * pessimistic shadow-CPU model.
     */
    public double background(Protocol protocol, int nodes) {
        double others = points(protocol, nodes).stream().filter(p -> !p.partial())
                .mapToDouble(p -> p.machineBusy() - p.cpuUtilization()).filter(Double::isFinite).average().orElse(0);
        return Math.min(0.9, Math.max(0, others));
    }

    /** (measured - MVA) / MVA throughput of a complete point, MVA with its cluster's one demand ({@link #model}). */
    public double relativeError(ScalingPoint p) {
        double model = model(p.protocol(), p.nodes()).throughput(p.users());
        return (p.throughput().estimate() - model) / model;
    }

    /**
     * The model with the demands measured at this point's own load level, D_cpu(N) and D_valkey(N): MVA with a
     * load-dependent demand, evaluated where it was measured.
     */
    public ScalingModel loadModel(ScalingPoint p) {
        Check.notNull("point", p);
        if (!(p.cpuDemand() > 0 && p.valkeyCpu() > 0)) {
            throw Check.fail("point", p.protocol() + " k=" + p.nodes() + " N=" + p.users(), "its demands were not measured "
                    + "(cpu " + p.cpuDemand() + ", valkey " + p.valkeyCpu() + " ms)", "use a point with completed requests on Linux");
        }
        return new ScalingModel(thinkMs, p.cpuDemand(), cores, p.valkeyCpu(), 0);
    }

    /**
     * The pessimistic twin of {@link #loadModel}: the same demands with the shadow-CPU stretch 1 / (1 - b) for b, the
     * busy fraction of the cores that was not the requests' own work at this point (other jobs and the JIT
     * compiler: machine_busy - X D_cpu / cores, between 0 and 0.9). The default model lets the requests share the
     * cores fairly with the rest, this one lets the rest go first; a measurement on a shared machine lies between
     * them. At a saturated point (machine_busy 1) it is the utilisation law rewritten, X = (1 - b) cores / D_cpu,
     * so it explains the gap there rather than predicting it.
     */
    public ScalingModel shadowModel(ScalingPoint p) {
        ScalingModel m = loadModel(p);
        double own = p.throughput().estimate() * p.cpuDemand() / (1000.0 * cores);
        double rest = p.machineBusy() - own;
        return m.withBackground(Double.isFinite(rest) ? Math.min(0.9, Math.max(0, rest)) : 0);
    }

    /** (measured - MVA) / MVA throughput of a complete point, MVA with the demand measured at its load ({@link #loadModel}). */
    public double loadError(ScalingPoint p) {
        double model = loadModel(p).throughput(p.users());
        return (p.throughput().estimate() - model) / model;
    }

    /**
     * The engine's simulation of the point's network ({@link ScalingModel#simulation}) with the demands measured at
     * its load: throughput per second with a 95% interval over {@code replications} runs of {@code requests} requests.
     */
    public ConfidenceInterval simulated(ScalingPoint p, long requests, int replications, long seed) {
        return loadModel(p).simulatedThroughput(p.users(), requests, replications, seed);
    }

    /** Total CPU over total requests: each point's demand weighted by its throughput. */
    private static double weighted(List<ScalingPoint> ps, ToDoubleFunction<ScalingPoint> demand) {
        double num = 0, den = 0;
        for (ScalingPoint p : ps) {
            num += demand.applyAsDouble(p) * p.throughput().estimate();
            den += p.throughput().estimate();
        }
        return num / den;
    }

    /**
     * One row per point: measured values with 95% intervals, the MVA predictions (one demand per cluster, and the
     * demand of this load level), demands, utilisations, load.
     */
    public Table table() {
        return Table.create("REST vs gRPC scaling",
                StringColumn.create("protocol", points.stream().map(p -> p.protocol().name())),
                IntColumn.create("nodes", points.stream().mapToInt(ScalingPoint::nodes).toArray()),
                IntColumn.create("users", points.stream().mapToInt(ScalingPoint::users).toArray()),
                col("throughput_per_s", p -> p.throughput().estimate()),
                col("throughput_lo", p -> p.throughput().lower()),
                col("throughput_hi", p -> p.throughput().upper()),
                col("mva_per_s", p -> p.partial() ? Double.NaN : model(p.protocol(), p.nodes()).throughput(p.users())),
                col("mean_ms", p -> p.meanResponse().estimate()),
                col("mva_mean_ms", p -> p.partial() ? Double.NaN : model(p.protocol(), p.nodes()).response(p.users())),
                col("mva_load_per_s", p -> measured(p) ? loadModel(p).throughput(p.users()) : Double.NaN),
                col("mva_shadow_per_s", p -> measured(p) ? shadowModel(p).throughput(p.users()) : Double.NaN),
                col("p50_ms", p -> p.p50().estimate()),
                col("p95_ms", p -> p.p95().estimate()),
                col("p99_ms", p -> p.p99().estimate()),
                col("cpu_ms", ScalingPoint::cpuDemand),
                col("valkey_cpu_ms", ScalingPoint::valkeyCpu),
                col("jit_cpu_ms", ScalingPoint::jitCpu),
                col("valkey_wait_ms", ScalingPoint::valkeyWait),
                col("cpu_util", ScalingPoint::cpuUtilization),
                col("valkey_util", ScalingPoint::valkeyUtilization),
                col("machine_busy", ScalingPoint::machineBusy),
                col("load_avg", ScalingPoint::loadAverage),
                BooleanColumn.create("partial", points.stream().map(ScalingPoint::partial).toList()));
    }

    /** A complete point whose demands were measured (not on a machine without /proc, not a point with no request). */
    private static boolean measured(ScalingPoint p) {
        return !p.partial() && p.cpuDemand() > 0 && p.valkeyCpu() > 0;
    }

    private DoubleColumn col(String name, ToDoubleFunction<ScalingPoint> f) {
        return DoubleColumn.create(name, points.stream().mapToDouble(f));
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        if (failure != null) sb.append("PARTIAL: ").append(failure).append('\n');
        sb.append(String.format(Locale.ROOT, "%-5s %2s %4s %21s %8s %7s %7s %7s %6s %6s %5s%n", "proto", "k", "N",
                "X/s [95% CI]", "MVA X/s", "R ms", "p99 ms", "cpu ms", "U_cpu", "U_vk", "load"));
        for (ScalingPoint p : points) {
            double mva = p.partial() ? Double.NaN : model(p.protocol(), p.nodes()).throughput(p.users());
            sb.append(String.format(Locale.ROOT, "%-5s %2d %4d %7.0f [%5.0f, %5.0f] %8.0f %7.3f %7.3f %7.4f %6.2f %6.3f %5.2f%s%n",
                    p.protocol(), p.nodes(), p.users(), p.throughput().estimate(), p.throughput().lower(), p.throughput().upper(),
                    mva, p.meanResponse().estimate(), p.p99().estimate(), p.cpuDemand(), p.cpuUtilization(),
                    p.valkeyUtilization(), p.loadAverage(), p.partial() ? "  partial" : ""));
        }
        return sb.append(machine).toString();
    }
}
