package brokerlab.measure;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.Estimate;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.dist.Distribution;
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
 * single-server queues at lambda / c; M/M/c/K with a queue limit) and the 99th percentile, exact for M/M/c and otherwise from a BrokerLab
 * simulation of the matching station with the same seeds ({@link Measurement#station()}), which also gives its own
 * mean with an interval.
 *
 * <p>{@link #withOverheads} is the honest comparison: the same models fed with what the measurement showed the real
 * system adds to every service (in the formula the mean grows and the variance stays; the simulation rescales the
 * distribution to the new mean, a difference far below the noise for overheads of a few percent) and to every
 * response ({@link ModelCheck} says which overheads go where).
 *
 * @param meanResponse  formula mean response, NaN where none applies (workers of different speeds)
 * @param meanMethod    the formula's name
 * @param p99Response   the 99th percentile response
 * @param p99Method     "M/M/c response CDF (exact)" or "simulation"
 * @param simulated     the simulation's estimates (null when not run)
 * @param addedService  ms added to every service time (0 for the nominal prediction)
 * @param addedResponse ms added to every response (0 for the nominal prediction)
 */
public record Prediction(double meanResponse, String meanMethod, double p99Response, String p99Method,
                         Estimates<StationRun> simulated, double addedService, double addedResponse) {

    /** The nominal prediction: the measurement's own distributions, simulated for {@code length} x {@code replications}. */
    public static Prediction nominal(Measurement m, RunLength length, int replications, long seed) {
        return of(m, 0, 0, length, replications, seed);
    }

    /** The prediction with overheads added to every service and every response, in ms. */
    public static Prediction withOverheads(Measurement m, double perServiceMs, double perResponseMs, RunLength length,
                                           int replications, long seed) {
        return of(m, Check.nonNegative("perServiceMs", perServiceMs), Check.nonNegative("perResponseMs", perResponseMs),
                length, replications, seed);
    }

    private static Prediction of(Measurement m, double dS, double dR, RunLength length, int replications, long seed) {
        Check.notNull("measurement", m);
        if (!(m.arrival() instanceof Renewal r)) {
            throw Check.fail("arrival", m.arrival().spec(), "predictions need renewal arrivals", "use a renewal arrival spec");
        }
        Distribution s0 = m.service();
        double mean = s0.mean() + dS;
        double scv = s0.hasInfiniteVariance() ? Double.POSITIVE_INFINITY : s0.variance() / (mean * mean);
        double lambda = m.arrivalRate(), ca2 = r.interArrival().scv();
        int c = m.workers();
        boolean identical = Arrays.stream(m.speeds()).allMatch(v -> v == 1);
        double formula = Double.NaN;
        String method = "none (workers of different speeds: simulation only)";
        boolean markovian = identical && s0 instanceof Exponential && r.interArrival() instanceof Exponential && dS == 0;
        if (m.hasQueueLimit()) {
            method = "none (queue limit with non-exponential service: simulation only)";
            if (markovian) {
                formula = new MMcK(lambda, 1 / mean, c, m.capacity()).meanResponse() + dR;
                method = "M/M/c/K (exact)";
            }
        } else if (identical) {
            boolean split = m.layout().partitioned();
            Estimate e = Approximations.best(split ? lambda / c : lambda, mean, ca2, scv, split ? 1 : c).plus(mean + dR);
            formula = e.valueOrInfinity();
            method = e.method() + (split ? ", per partition at lambda/c" : "");
        }
        Measurement shifted = dS == 0 ? m : m.service(s0.withMean(mean));
        Estimates<StationRun> sim = Experiment.of(shifted.station()).length(length).replications(replications).seed(seed).run();
        double p99;
        String p99Method;
        if (markovian && !m.hasQueueLimit()) {
            boolean split = m.layout().partitioned();
            p99 = new MMc(split ? lambda / c : lambda, 1 / mean, split ? 1 : c).responsePercentile(0.99) + dR;
            p99Method = "M/M/c response CDF (exact)";
        } else {
            p99 = sim.point(Metric.P99_RESPONSE) + dR;
            p99Method = "simulation";
        }
        return new Prediction(formula, method, p99, p99Method, sim, dS, dR);
    }

    /** The simulated mean response plus the added response overhead. */
    public double simulatedMeanResponse() {
        return simulated.point(Metric.MEAN_RESPONSE) + addedResponse;
    }
}
