package brokerlab.measure;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationRun;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gap between a model and one measurement, decomposed. For the mean response (ms) the terms telescope exactly:
 * <pre>
 * measured - formula = (simulated - formula)      the draws: a simulation with the very same inter-arrival and
 *                                                  service draws (common random numbers, replication 0)
 *                    + (replayed - simulated)     the producer's lag and the timer's overshoot: {@link Replay} of the
 *                                                  measured send instants and served times through a perfect broker
 *                    + (measured - replayed)      the broker: transit, fetch and dispatch, and the machine's other work
 * </pre>
 * and then the honest question: with the overheads the measurement showed added to the model
 * ({@link ModelCheck}), is the measured mean within 10% and the p99 within 15%?
 *
 * @param measurement what was measured
 * @param check    the measurement against the nominal and loaded predictions
 * @param run      the measured run (one replication)
 * @param sameDraws the simulation with the same draws (replication 0 of the prediction's simulation)
 */
public record Gap(Measurement measurement, ModelCheck check, MeasuredRun run, StationRun sameDraws) {

    /** Measures {@code m} once for {@code length} with {@code seed}, and compares. */
    public static Gap measure(Measurement m, RunLength length, long seed) {
        Check.notNull("measurement", m);
        Estimates<MeasuredRun> e = Experiment.of(m).length(length).replications(1).seed(seed).run();
        ModelCheck check = ModelCheck.of(m, e);
        return new Gap(m, check, e.runs().get(0), check.nominal().simulated().runs().get(0));
    }

    /**
     * The utilisation the loaded model works at: lambda (E[served] + fetch delay) / (sum of worker speeds). Near 1 a
     * small error in the overheads moves the prediction a long way, and a run of a few thousand messages is far from
     * the steady state the model describes.
     */
    public double loadedUtilization() {
        double speeds = java.util.Arrays.stream(measurement.speeds()).sum();
        return measurement.arrivalRate() * (run.meanService() + run.fetchDelay()) / speeds;
    }

    /** The formula's mean response, or the simulation's where no formula applies. */
    public double formulaMean() {
        return check.row("mean_response").nominal();
    }

    /**
     * One flat row for a sweep table (ms): measured mean and p99 with 95% intervals, the formula, the simulation with
     * the same draws, the replay, the loaded prediction, the three gap terms as fractions of the formula, the relative
     * errors against the loaded prediction, whether each is within tolerance (1 or 0), whether the loaded mean lies inside
     * the measured 95% interval, the loaded model's utilisation, and the overheads and the machine's load.
     */
    public Map<String, Double> row() {
        ModelCheck.Row mean = check.row("mean_response"), p99 = check.row("p99_response");
        ConfidenceInterval simMean = check.nominal().simulated().get(Metric.MEAN_RESPONSE);   // the nominal model is stable: the measurement checked it
        double formula = formulaMean(), sim = sameDraws.meanResponse(), replay = run.get(MeasuredRun.REPLAY_MEAN_RESPONSE);
        double measured = run.meanResponse();
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("measured_mean", measured);
        r.put("measured_mean_lo", mean.measured().lower());
        r.put("measured_mean_hi", mean.measured().upper());
        r.put("measured_p99", run.p99Response());
        r.put("measured_p99_lo", p99.measured().lower());
        r.put("measured_p99_hi", p99.measured().upper());
        r.put("formula_mean", formula);
        r.put("simulated_mean", simMean.estimate());
        r.put("simulated_mean_lo", simMean.lower());
        r.put("simulated_mean_hi", simMean.upper());
        r.put("model_p99", p99.nominal());
        r.put("same_draws_mean", sim);
        r.put("replay_mean", replay);
        r.put("loaded_mean", mean.withOverhead());
        r.put("loaded_p99", p99.withOverhead());
        r.put("gap_draws", (sim - formula) / formula);
        r.put("gap_timer_producer", (replay - sim) / formula);
        r.put("gap_broker", (measured - replay) / formula);
        r.put("loaded_in_ci", mean.measured().contains(mean.withOverhead()) ? 1.0 : 0.0);
        r.put("loaded_rho", loadedUtilization());
        r.put("error_mean", mean.relativeError());
        r.put("error_p99", p99.relativeError());
        r.put("within_mean", mean.within() ? 1.0 : 0.0);
        r.put("within_p99", p99.within() ? 1.0 : 0.0);
        r.put("overshoot_ms", run.timerOvershoot());
        r.put("round_trip_ms", run.brokerRoundTrip());
        r.put("send_lag_ms", run.get(MeasuredRun.SEND_LAG));
        r.put("utilization", run.utilization());
        r.put("load_average", run.machine().loadAverage());
        r.put("lost", (double) run.lost());
        return r;
    }
}
