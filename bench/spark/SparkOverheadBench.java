package brokerlab.bench;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.ModelKind;
import brokerlab.experiment.ModelKinds;
import brokerlab.experiment.Point;
import brokerlab.experiment.Progress;
import brokerlab.experiment.SweepSpec;
import brokerlab.model.QueueSpec;
import brokerlab.spark.SparkSweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spark's cost per task, measured: the same sweeps on local threads and on Spark local[2], first with empty
 * tasks (a model that returns one number), then with tiny M/M/1 simulations of growing length. The overhead per
 * task is the slope of Spark's wall time over the number of empty tasks times the cores (core-seconds a task costs
 * beyond its own work), each time the median of five runs alternating with the threads runner;
 * the break-even task size is where that overhead is 10% of the task. Run by bench/spark.sh; not a test.
 */
public final class SparkOverheadBench {
    private static final int CORES = 2;

    /** A model that does no work: what is left of a Spark task is Spark's own cost. */
    static final class EmptyKind implements ModelKind {
        @Override public String name() { return "bench_empty"; }
        @Override public List<String> parameters(Map<String, Object> base) { return List.of("x"); }
        @Override public Model<Measurements> model(Map<String, Object> base, Point p) {
            double x = p.get("x");
            return (length, seed, replication) -> Measurements.builder()
                    .put(Metric.of("value", "", Metric.Kind.OTHER), x + replication).build();
        }
    }

    public static void main(String[] args) {
        ModelKinds.register(new EmptyKind());
        int[] sizes = {200, 1000};
        long t0 = System.nanoTime();
        try (SparkSweep spark = SparkSweep.local(CORES)) {
            SPARK = spark;
            double start = seconds(t0);
            System.out.printf(Locale.ROOT, "Spark %s local[%d]: session start %.1f s (cold JVM)%n", spark.session().version(), CORES, start);
            onSpark(empty(200));                                    // warm both paths (JIT, Spark's first job)
            onThreads(empty(200));
            System.out.println("\nempty tasks (1 replication per point):");
            System.out.println("   tasks   threads (s)   spark (s)   spark wall per task (ms)");
            double[] wall = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                double[] m = medians(empty(sizes[i]));
                double th = m[0], sp = m[1];
                wall[i] = sp;
                System.out.printf(Locale.ROOT, "  %6d   %11.3f   %9.3f   %24.2f%n", sizes[i], th, sp, 1000 * sp / sizes[i]);
            }
            // T(N) = a + b N: b is the wall time per task at CORES cores, so a task costs b * CORES core-seconds.
            double b = (wall[1] - wall[0]) / (sizes[1] - sizes[0]);
            double overhead = b * CORES, fixed = wall[0] - b * sizes[0];
            System.out.printf(Locale.ROOT, "  fit T(N) = %.3f s + N x %.2f ms  ->  overhead %.2f ms of one core per task, %.2f s per job%n",
                    fixed, 1000 * b, 1000 * overhead, fixed);

            System.out.println("\nM/M/1 at rho = 0.5, 200 tasks (20 points x 10 replications):");
            System.out.println("   customers   threads (s)   spark (s)   task (ms of one core)   spark extra / task (ms)");
            double perCustomer = 0;
            for (long customers : new long[]{1_000, 10_000, 100_000}) {
                SweepSpec s = mm1(customers);
                double[] m = medians(s);
                double th = m[0], sp = m[1];
                double task = th * CORES / s.tasks();
                perCustomer = task / (customers * 1.1);                   // warm-up of a tenth included
                System.out.printf(Locale.ROOT, "  %10d   %11.3f   %9.3f   %21.3f   %23.2f%n", customers, th, sp, 1000 * task,
                        1000 * (sp - th) * CORES / s.tasks());
            }
            double breakEven = 10 * overhead;
            System.out.printf(Locale.ROOT, "%nbreak-even: a task of %.0f ms (%.0f M/M/1 customers at %.0f ns each) keeps Spark's "
                    + "per-task overhead (%.2f ms, from the empty tasks) at 10%% of the work;%n  shorter tasks spend more on Spark "
                    + "than on the simulation. On a shared machine single runs scatter by tens of percent: read the medians, "
                    + "and the load average printed first.%n", 1000 * breakEven, breakEven / perCustomer, 1e9 * perCustomer,
                    1000 * overhead);
        }
    }

    private static SparkSweep SPARK;

    private static SweepSpec empty(int points) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) x[i] = i;
        return SweepSpec.of("bench_empty", Map.of()).over("x", x).replications(1);
    }

    private static SweepSpec mm1(long customers) {
        double[] rates = new double[20];
        for (int i = 0; i < rates.length; i++) rates[i] = 0.5 + i * 1e-3;       // 20 distinct points near rho = 0.5
        return SweepSpec.station(QueueSpec.of("exp(rate=0.5)", "exp(rate=1)", 1)).over("arrival.rate", rates)
                .replications(10).customers(customers).seed(1);
    }

    /** Wall seconds of one run on CORES local threads. */
    private static double onThreads(SweepSpec s) {
        long t = System.nanoTime();
        s.run(CORES, Progress.NONE);
        return seconds(t);
    }

    /** Wall seconds of one run on Spark local[CORES]. */
    private static double onSpark(SweepSpec s) {
        long t = System.nanoTime();
        SPARK.run(s, Progress.NONE);
        return seconds(t);
    }

    /**
     * Median wall seconds of five runs on threads and five on Spark, alternating, so that a change in the shared
     * machine's load hits both runners alike: {threads, spark}.
     */
    private static double[] medians(SweepSpec s) {
        double[] th = new double[5], sp = new double[5];
        for (int i = 0; i < th.length; i++) {
            th[i] = onThreads(s);
            sp[i] = onSpark(s);
        }
        java.util.Arrays.sort(th);
        java.util.Arrays.sort(sp);
        return new double[]{th[2], sp[2]};
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
