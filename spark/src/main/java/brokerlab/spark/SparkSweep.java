package brokerlab.spark;

import brokerlab.experiment.LibraryVersion;
import brokerlab.experiment.Model;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.Point;
import brokerlab.experiment.Progress;
import brokerlab.experiment.Sweep;
import brokerlab.experiment.SweepResult;
import brokerlab.experiment.SweepRunner;
import brokerlab.experiment.SweepSpec;
import brokerlab.util.Check;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/**
 * Runs a {@link SweepSpec} on Apache Spark: every (grid point, replication) is one Spark task that rebuilds the
 * point's model from the description and runs that replication with the streams of (seed, replication); the
 * outcomes come back to the driver and are assembled by {@link Sweep#collect}, the local runner's own assembly.
 * So the result, estimates, tables and per-run outcomes, is identical to {@link SweepSpec#run()}'s for the same
 * description and seed, whatever the cluster.
 * <pre>{@code
 * try (SparkSweep spark = SparkSweep.local(2)) {                  // local[2,4]: 2 cores, 4 attempts per task
 *     SweepRunner.Report r = spark.run(spec, Progress.NONE);
 *     r.result().table(Metric.MEAN_WAIT);
 * }
 * }</pre>
 * Failures: a task that throws is retried by Spark (up to {@code spark.task.maxFailures}, or the second number of
 * {@code local[N,F]}); one that throws an IllegalArgumentException (a bad parameter, the same on every attempt)
 * is not retried: it is reported with its grid point in {@link SweepRunner.Report#failures()}, and the result
 * holds the other points. Progress is reported from the calling thread, as the local runner does.
 */
public final class SparkSweep implements SweepRunner {
    private final SparkSession session;
    private final JavaSparkContext context;
    private final String master;
    private final TaskHook hook;

    private SparkSweep(SparkSession session, String master, TaskHook hook) {
        this.session = session;
        this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
        this.master = master;
        this.hook = hook;
    }

    /** Spark in this JVM on {@code cores} threads, each task allowed 4 attempts ({@code local[cores,4]}). */
    public static SparkSweep local(int cores) {
        Check.atLeast("cores", cores, 1);
        return connect("local[" + cores + "," + SparkMasters.ATTEMPTS + "]");
    }

    /**
     * A runner on {@code master}, checked by {@link SparkMasters#check} first (a malformed URL or an unreachable
     * standalone master fails in seconds with one line). Under {@code spark-submit} the master it was given wins.
     */
    public static SparkSweep connect(String master) {
        String url = SparkMasters.check(master);
        SparkSession.Builder b = SparkSession.builder().master(url).appName("brokerlab-sweep")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        String host = SparkMasters.driverHost(url);
        if (host != null) b = b.config("spark.driver.host", host).config("spark.driver.bindAddress", host);
        return new SparkSweep(b.getOrCreate(), url, TaskHook.NONE);
    }

    /** This runner on the same Spark context with a failure-injection hook (tests only). */
    SparkSweep withHook(TaskHook h) {
        return new SparkSweep(session, master, Check.notNull("hook", h));
    }

    /** The session this runner uses (for Parquet, or a notebook's own DataFrames). */
    public SparkSession session() { return session; }

    @Override
    public Report run(SweepSpec spec, Progress progress) {
        Check.notNull("spec", spec);
        Check.notNull("progress", progress);
        List<Point> points = spec.points();
        List<Model<Outcome>> models = spec.models();               // every point validated before any task runs
        int tasks = spec.tasks();
        List<TaskResult> results = collect(spec, tasks, progress);
        return assemble(spec, points, models, results);
    }

    private List<TaskResult> collect(SweepSpec spec, int tasks, Progress progress) {
        List<Integer> indices = IntStream.range(0, tasks).boxed().toList();
        TaskCounter counter = TaskCounter.attach(context.sc());
        try {
            context.setJobGroup(counter.group(), "brokerlab sweep " + spec.name(), true);
            // One partition per task: Spark schedules, retries and reports each (point, replication) on its own.
            JavaFutureAction<List<TaskResult>> job = context.parallelize(indices, tasks)
                    .map(new SweepTask(spec.toJson(), hook)).collectAsync();
            long reported = 0;
            while (true) {
                try {
                    List<TaskResult> out = job.get(200, TimeUnit.MILLISECONDS);
                    if (reported < tasks) progress.update(tasks, tasks, "task " + tasks + " of " + tasks);
                    return out;
                } catch (TimeoutException e) {
                    long done = Math.min(counter.succeeded(), tasks);
                    if (done > reported) {
                        reported = done;
                        progress.update(done, tasks, "task " + done + " of " + tasks);
                    }
                }
            }
        } catch (InterruptedException e) {
            context.cancelJobGroup(counter.group());
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("sweep interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Spark job failed: " + rootMessage(e), e);
        } finally {
            context.clearJobGroup();
            counter.detach();
        }
    }

    /** Complete points go to {@link Sweep#collect}; a point with a failed task is reported by its first failure. */
    private static Report assemble(SweepSpec spec, List<Point> points, List<Model<Outcome>> models, List<TaskResult> results) {
        int reps = spec.replications();
        List<Point> okPoints = new ArrayList<>();
        List<Model<Outcome>> okModels = new ArrayList<>();
        List<Outcome> flat = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            List<TaskResult> mine = results.subList(i * reps, (i + 1) * reps);
            TaskResult bad = mine.stream().filter(r -> r.failure() != null).findFirst().orElse(null);
            if (bad != null) {
                failures.add("point " + (i + 1) + " of " + points.size() + " failed (not retried: the failure is "
                        + "deterministic): " + bad.failure());
                continue;
            }
            okPoints.add(points.get(i));
            okModels.add(models.get(i));
            for (TaskResult r : mine) flat.add(r.outcome());
        }
        SweepResult<Outcome> result = okPoints.isEmpty() ? null : Sweep.collect(okPoints, okModels, spec.plan(1), flat);
        return new Report(result, failures);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(String.valueOf(t));
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runner", "spark");
        m.put("master", master);
        m.put("spark_version", session.version());
        m.put("scala_version", scala.util.Properties.versionNumberString());
        m.put("java_version", System.getProperty("java.version"));
        m.put("library_version", LibraryVersion.get());
        return m;
    }

    @Override
    public List<Path> writeExtras(Path directory, SweepSpec spec, SweepResult<Outcome> result, Map<String, ?> metadata) {
        return ParquetOutput.write(session, directory, spec, result, metadata);
    }

    /** Stops the Spark context this runner started. */
    @Override
    public void close() {
        session.stop();
    }
}
