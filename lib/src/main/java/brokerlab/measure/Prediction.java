package brokerlab.measure;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.Estimate;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationRun;
import brokerlab.model.arrivals.Renewal;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * What the models predict for a {@link Measurement}, in its units (ms): the mean response from a formula (Erlang C,
 * Pollaczek–Khinchine, or the best M/G/c approximation, {@link Approximations#best}; per partition as c separate
 * single-server queues at lambda / c; M/M/c/K under a queue limit) and the 99th percentile, exact for M/M/c and
 * otherwise from a BrokerLab simulation of the matching station with the same seeds ({@link Measurement#station()}),
 * which also gives its own mean with an interval.
 *
 * <p>The measurement's service distribution is the model's: pass {@code m.service(measured)} to predict with a service
 * measured on the real system ({@link ModelCheck} does), and {@code perResponseMs} for a delay every message pays
 * outside the queue (the broker's transit).
 *
 * @param meanResponse  formula mean response, NaN where none applies (workers of different speeds)
 * @param meanMethod    the formula's name
 * @param p99Response   the 99th percentile response
 * @param p99Method     "M/M/c response CDF (exact)" or "simulation"
 * @param simulated     the simulation's estimates, null when the model is unstable (its predictions are then infinite)
 * @param addedResponse ms added to every response
 */
public record Prediction(double meanResponse, String meanMethod, double p99Response, String p99Method,
                         Estimates<StationRun> simulated, double addedResponse) {

    /** The models of {@code m} as it stands, simulated for {@code length} x {@code replications} with {@code seed}. */
    public static Prediction nominal(Measurement m, RunLength length, int replications, long seed) {
        return of(m, 0, length, replications, seed);
    }

    /** The models of {@code m}, with {@code perResponseMs} added to every response. */
    public static Prediction of(Measurement m, double perResponseMs, RunLength length, int replications, long seed) {
        Check.notNull("measurement", m);
        double dR = Check.nonNegative("perResponseMs", perResponseMs);
        if (!(m.arrival() instanceof Renewal r)) {
            throw Check.fail("arrival", m.arrival().spec(), "predictions need renewal arrivals", "use a renewal arrival spec");
        }
        double mean = m.service().mean(), scv = m.service().scv();
        double lambda = m.arrivalRate(), ca2 = r.interArrival().scv();
        int c = m.workers();
        if (!m.hasQueueLimit() && !(m.utilization() < 1)) {
            String why = String.format(java.util.Locale.ROOT, "unstable: utilisation %.3f >= 1", m.utilization());
            return new Prediction(Double.POSITIVE_INFINITY, why, Double.POSITIVE_INFINITY, why, null, dR);
        }
        boolean identical = Arrays.stream(m.speeds()).allMatch(v -> v == 1);
        boolean markovian = identical && m.service() instanceof Exponential && r.interArrival() instanceof Exponential;
        boolean split = m.layout().partitioned();
        double formula = Double.NaN;
        String method = "none (workers of different speeds: simulation only)";
        if (m.hasQueueLimit()) {
            method = "none (queue limit with non-exponential service: simulation only)";
            if (markovian) {
                formula = new MMcK(lambda, 1 / mean, c, m.capacity()).meanResponse() + dR;
                method = "M/M/c/K (exact)";
            }
        } else if (identical && Double.isInfinite(scv) && !split && c > 1) {
            method = "none (infinite service variance: M/G/c approximations need a finite SCV; simulation only)";
        } else if (identical) {
            Estimate e = Approximations.best(split ? lambda / c : lambda, mean, ca2, scv, split ? 1 : c).plus(mean + dR);
            formula = e.valueOrInfinity();
            method = e.method() + (split ? ", per partition at lambda/c" : "");
        }
        Estimates<StationRun> sim = Experiment.of(m.station()).length(length).replications(replications).seed(seed).run();
        if (markovian && !m.hasQueueLimit()) {
            double p99 = new MMc(split ? lambda / c : lambda, 1 / mean, split ? 1 : c).responsePercentile(0.99) + dR;
            return new Prediction(formula, method, p99, "M/M/c response CDF (exact)", sim, dR);
        }
        return new Prediction(formula, method, sim.point(Metric.P99_RESPONSE) + dR, "simulation", sim, dR);
    }

    /** The simulated mean response plus the added response time (infinite when the model is unstable). */
    public double simulatedMeanResponse() {
        return stable() ? simulated.point(Metric.MEAN_RESPONSE) + addedResponse : Double.POSITIVE_INFINITY;
    }

    /** False when the utilisation is at least 1 without a queue limit: no steady state, every prediction infinite. */
    public boolean stable() {
        return simulated != null;
    }

    /** A metric of the simulation, or the value an unstable model has ({@code unstable}: infinity, or 1 for utilisation). */
    public double simulatedPoint(Metric metric, double unstable) {
        return stable() ? simulated.point(metric) : unstable;
    }
}
