/**
 * The one way to run anything. Every model (station, network, closed system, farm, broker, protocol, or a
 * measurement of a real broker) implements {@link brokerlab.experiment.Model}: one call,
 * {@code run(RunLength, seed, replication)}, is one replication and returns an {@link brokerlab.experiment.Outcome}
 * whose {@link brokerlab.experiment.Measurements} name every value by {@link brokerlab.experiment.Metric}.
 * {@link brokerlab.experiment.Experiment} pairs a model with a {@link brokerlab.experiment.RunPlan} (length,
 * replications, seed, threads, level, optional run-length control) and returns
 * {@link brokerlab.experiment.Estimates}: a point and an interval per metric, a Tablesaw table, JSON. The command
 * line, the notebooks, the widgets and the sweep runners all come through here, so they cannot disagree.
 *
 * <p>Also here: independent {@link brokerlab.experiment.Replications} in parallel (results in replication order,
 * identical whatever the thread count), one-parameter {@link brokerlab.experiment.Sweep}s returning a Tablesaw
 * table, {@link brokerlab.experiment.Progress} reporting for notebooks and the command line, and
 * {@link brokerlab.experiment.ResultWriter}, which stores a table in {@code data/} with a JSON sidecar naming
 * parameters, seed, {@link brokerlab.experiment.LibraryVersion library version}, Java version and producer.
 * the {@link brokerlab.experiment.RunRegistry} of saved runs. Files are written atomically and in one JSON
 * convention, so a killed process never leaves half a file behind.
 *
 * <p>Thread contract: replication r runs on a pool thread and must draw random numbers only from streams keyed by
 * (seed, r); progress listeners are called on the caller's thread only. A {@link brokerlab.experiment.Cancellation}
 * stops a run early: no new replication starts and the finished ones come back as partial estimates.
 * <pre>{@code
 * Estimates<StationRun> e = Experiment.of(Station.mmc(3.6, 1, 4)).customers(200_000).replications(10).seed(42).run();
 * e.get(Metric.MEAN_WAIT);          // about 1.97 ± 0.03; Erlang C gives 1.969
 * e.table();                        // metric, unit, estimate, lower, upper, half_width, n, method
 * Experiment.of(Station.mmc(3.6, 1, 4)).precision(0.02, Metric.P99_RESPONSE).run();   // until p99 is within ±2% (and runs hold 50,000)
 * }</pre>
 */
package brokerlab.experiment;
