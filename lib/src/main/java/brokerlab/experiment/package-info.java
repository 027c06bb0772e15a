/**
 * Running experiments: independent {@link brokerlab.experiment.Replications} in parallel (results in
 * replication order, identical whatever the thread count), one-parameter {@link brokerlab.experiment.Sweep}s
 * returning a Tablesaw table, {@link brokerlab.experiment.Progress} reporting for notebooks and the command line,
 * and {@link brokerlab.experiment.ResultWriter}, which stores a table in {@code data/} with a JSON sidecar naming
 * parameters, seed, {@link brokerlab.experiment.LibraryVersion library version}, Java version and producer, and
 * the {@link brokerlab.experiment.RunRegistry} of saved runs. Files are written atomically and in one JSON
 * convention ({@link brokerlab.util.JsonSupport}), so a killed process never leaves half a file behind.
 *
 * <p>Thread contract: replication r and sweep point i run on pool threads and must draw random numbers only from
 * streams keyed by r (or by the point); progress listeners are called on the caller's thread only.
 * <pre>{@code
 * Table t = Sweep.over("rho", 0.5, 0.7, 0.9)
 *                .run(rho -> Map.of("exact", rho / (1 - rho)), Progress.stderr("M/M/1"));
 * ResultWriter.inProject("notebooks/02-mm1.ipynb").write("mm1-wait", t, Map.of("mu", 1.0), 42);
 * // data/mm1-wait.csv:  rho,exact / 0.5,1.0 / 0.7,2.333... / 0.9,9.000...
 * }</pre>
 */
package brokerlab.experiment;
