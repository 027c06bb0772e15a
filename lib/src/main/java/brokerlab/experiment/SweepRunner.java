package brokerlab.experiment;

import brokerlab.util.Check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Where a {@link SweepSpec}'s (point, replication) tasks run: on local threads ({@link #threads}) or on a cluster
 * named by a master URL ({@link #forMaster}, provided by the {@code spark} module when it is on the class path).
 * Every runner validates every point before any task starts, and assembles the outcomes with
 * {@link Sweep#collect}, so the same description and seed give identical results on every runner.
 * <pre>{@code
 * try (SweepRunner r = SweepRunner.forMaster("local[2]")) {       // needs spark/target/classpath
 *     SweepRunner.Report report = r.run(spec, Progress.stderr("sweep").withEta());
 * }
 * }</pre>
 */
public interface SweepRunner extends AutoCloseable {

    /** What a run produced: the result over the points whose every task succeeded, and one line per failed point. */
    record Report(SweepResult<Outcome> result, List<String> failures) {
        public Report {
            failures = List.copyOf(failures);
        }

        /** True when every point completed. */
        public boolean complete() { return failures.isEmpty(); }
    }

    /** Runs every task of {@code spec}; an invalid description or point fails before any task runs. */
    Report run(SweepSpec spec, Progress progress);

    /** What ran the sweep, for the metadata of result files: runner name, master, versions. */
    Map<String, Object> describe();

    /** Writes what this runner adds to the engine's CSV files (the Spark runner: Parquet); returns the paths. */
    default List<Path> writeExtras(Path directory, SweepSpec spec, SweepResult<Outcome> result, Map<String, ?> metadata) {
        return List.of();
    }

    /** Releases the runner's resources (a Spark context); a no-op for local threads. */
    @Override
    default void close() { }

    /** The local runner: {@link SweepSpec#run(int, Progress)} on {@code threads} threads. */
    static SweepRunner threads(int threads) {
        Check.atLeast("threads", threads, 1);
        return new SweepRunner() {
            @Override public Report run(SweepSpec spec, Progress progress) {
                return new Report(spec.run(threads, progress), List.of());
            }

            @Override public Map<String, Object> describe() {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("runner", "threads");
                m.put("threads", threads);
                m.put("java_version", System.getProperty("java.version"));
                return m;
            }
        };
    }

    /**
     * The cluster runner for a master URL ({@code local[*]}, {@code local[4]}, {@code spark://HOST:PORT}, ...),
     * found through {@link Provider} (the {@code spark} module registers one). Without it on the class path this
     * fails with one line saying how to get it.
     */
    static SweepRunner forMaster(String master) {
        Check.notNull("--master", master);
        for (Provider p : ServiceLoader.load(Provider.class)) return p.open(master);
        throw Check.fail("--master", master, "running on a cluster needs the Spark module, which is not on the class path",
                "build it with 'make spark' and run bin/brokerlab-spark (or drop --master to run on local threads)");
    }

    /** Opens cluster runners; implementations are listed in {@code META-INF/services}. */
    interface Provider {
        /** A runner connected to {@code master}; an unreachable or malformed master fails with one line. */
        SweepRunner open(String master);
    }
}
