package brokerlab.control;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.Estimate;
import brokerlab.analytic.HeavyTail;
import brokerlab.analytic.HeterogeneousServers;
import brokerlab.analytic.MG1;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.analytic.RandomSplitMM1;
import brokerlab.analytic.ServiceTransform;
import brokerlab.protocol.experiment.ProtocolExperiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What queueing theory says about an {@link OperatingPoint}, instantly, always naming the method: the best
 * available mean and 99th-percentile response (or why there is none), the textbook M/M/c answer the verdict
 * compares against, and the failure-free commit latency of the replication protocol.
 *
 * <p>Method choice. Identical servers behind one queue: {@link Approximations#bestMeanResponse} for the mean
 * (Erlang C, Pollaczek–Khinchine, Cosmetatos, Kimura up to service SCV 2 and Allen–Cunneen above),
 * {@link HeavyTail} (Scheller-Wolf 2003) when the service variance is infinite, the M/M/c response CDF for the
 * p99 of exponential service and P-K transform inversion for M/D/1. Random split: independent M/G/1 queues.
 * Mixed speeds with exponential service: the fastest-free-server CTMC (up to {@value #MAX_CTMC_SERVERS} servers)
 * or the random-split formula. A finite buffer: M/M/c/K for exponential service. Anything else has no formula
 * here, and the readout says so instead of guessing.
 */
public final class Theory {
    /** Largest farm solved by the CTMC: 2^c busy-set states, solved densely, must stay instant. */
    public static final int MAX_CTMC_SERVERS = 6;
    static final String MMC_CDF = "M/M/c response CDF (exact)";

    private Theory() {}

    /**
     * A value in seconds with its method, or the reason there is none.
     *
     * @param estimate the value (finite or an explicit infinite), when a method applies
     * @param note     why there is no value; empty when there is one
     */
    public record Answer(Optional<Estimate> estimate, String note) {
        static Answer of(Estimate e) { return new Answer(Optional.of(e), ""); }
        static Answer none(String why) { return new Answer(Optional.empty(), why); }

        public boolean isFinite() { return estimate.isPresent() && estimate.get().isFinite(); }

        /** The finite value in seconds; check {@link #isFinite()} first. */
        public double seconds() { return estimate.orElseThrow().value(); }

        public String method() { return estimate.map(Estimate::method).orElse(note); }
    }

    /**
     * Theory at one point.
     *
     * @param mean      best mean response
     * @param p99       best 99th-percentile response
     * @param mmcMean   textbook M/M/c (M/M/c/K with a buffer limit) mean response: same lambda, E[S] and c,
     *                  exponential service, identical full-speed servers, one queue
     * @param mmcP99    textbook M/M/c p99 (none with a buffer limit)
     * @param commit    failure-free mean commit latency of the replication protocol (none without replication)
     */
    public record Readout(Answer mean, Answer p99, Answer mmcMean, Answer mmcP99, Answer commit) {}

    public static Readout of(OperatingPoint p) {
        return new Readout(mean(p), p99(p), textbookMean(p), textbookP99(p), commit(p));
    }

    static Answer textbookMean(OperatingPoint p) {
        if (!p.unlimitedBuffer()) {
            return Answer.of(Estimate.of(new MMcK(p.arrivalRate(), 1 / p.meanService(), p.servers(), p.capacity()).meanResponse(), "M/M/c/K (exact for its assumptions)"));
        }
        return Answer.of(Estimate.of(mmc(p).meanResponse(), "M/M/c, Erlang C"));
    }

    static Answer textbookP99(OperatingPoint p) {
        if (!p.unlimitedBuffer()) return Answer.none("no p99 for M/M/c/K here");
        return Answer.of(Estimate.of(mmc(p).responsePercentile(0.99), MMC_CDF));
    }

    private static MMc mmc(OperatingPoint p) {
        return new MMc(p.arrivalRate(), 1 / p.meanService(), p.servers());
    }

    /** One queue in front of identical servers: the station of textbooks (a single server takes any balancer). */
    private static boolean pooled(OperatingPoint p) {
        return p.uniformSpeed() && (p.balancer() == Balancer.SHARED_QUEUE || p.servers() == 1);
    }

    static Answer mean(OperatingPoint p) {
        double lambda = p.arrivalRate();
        if (!p.unlimitedBuffer()) {
            if (p.law() == ServiceLaw.EXPONENTIAL && pooled(p)) {
                double mu = p.commonSpeed() / p.meanService();
                return Answer.of(Estimate.of(new MMcK(lambda, mu, p.servers(), p.capacity()).meanResponse(), "M/M/c/K (exact)"));
            }
            return Answer.none("no formula here for a finite buffer with " + p.law().label() + " service");
        }
        if (pooled(p)) return pooledMean(p, lambda, p.servers(), p.meanService() / p.commonSpeed());
        if (p.uniformSpeed() && p.balancer() == Balancer.RANDOM) {
            // a random split thins Poisson arrivals: c independent M/G/1 queues at lambda / c
            Estimate e = pooledMean(p, lambda / p.servers(), 1, p.meanService() / p.commonSpeed()).estimate().orElseThrow();
            return Answer.of(e.isFinite() ? Estimate.of(e.value(), "random split, independent M/G/1 (" + e.method() + ")") : e);
        }
        if (p.law() == ServiceLaw.EXPONENTIAL && !p.uniformSpeed()) {
            double[] rates = Arrays.stream(p.speeds()).map(s -> s / p.meanService()).toArray();
            if (p.balancer() == Balancer.SHARED_QUEUE && p.servers() <= MAX_CTMC_SERVERS) {
                return Answer.of(Estimate.of(new HeterogeneousServers(lambda, rates).meanResponse(), "fastest-free-server CTMC (exact)"));
            }
            if (p.balancer() == Balancer.RANDOM) return Answer.of(RandomSplitMM1.equalSplit(lambda, rates).meanResponse());
        }
        return Answer.none("no closed form for " + p.balancer().label() + (p.uniformSpeed() ? "" : " over mixed speeds")
                + " with " + p.law().label() + " service" + (p.servers() > MAX_CTMC_SERVERS && !p.uniformSpeed() ? " and " + p.servers() + " servers" : ""));
    }

    private static Answer pooledMean(OperatingPoint p, double lambda, int c, double meanService) {
        double scv = p.service().scv();
        if (Double.isInfinite(scv) && c > 1) {
            double alpha = p.shape();
            double load = lambda * meanService;
            if (!HeavyTail.meanWaitFinite(alpha, c, load)) {
                return Answer.of(Estimate.infinite("Scheller-Wolf 2003", HeavyTail.explain(alpha, c, load)));
            }
            return Answer.none(String.format(Locale.ROOT, "finite (α = %.3g > %.3g, Scheller-Wolf 2003), but two-moment "
                    + "formulas need a finite SCV", alpha, HeavyTail.requiredServiceMoment(c, load)));
        }
        return Answer.of(Approximations.bestMeanResponse(lambda, meanService, 1, scv, c));
    }

    static Answer p99(OperatingPoint p) {
        if (!p.unlimitedBuffer()) return Answer.none("no percentile formula here for a finite buffer");
        double s = p.meanService() / p.commonSpeed();
        if (pooled(p) && p.law() == ServiceLaw.EXPONENTIAL) {
            return Answer.of(Estimate.of(new MMc(p.arrivalRate(), 1 / s, p.servers()).responsePercentile(0.99), MMC_CDF));
        }
        if (p.uniformSpeed() && p.balancer() == Balancer.RANDOM && p.law() == ServiceLaw.EXPONENTIAL) {
            return Answer.of(Estimate.of(new MMc(p.arrivalRate() / p.servers(), 1 / s, 1).responsePercentile(0.99),
                    "random split, independent M/M/1 response CDF (exact)"));
        }
        if (pooled(p) && p.servers() == 1 && p.law() == ServiceLaw.DETERMINISTIC) {
            return Answer.of(MG1.of(p.arrivalRate(), new ServiceTransform.Deterministic(s)).responsePercentile(0.99));
        }
        return Answer.none("no closed form for this percentile (exact only for exponential service, or M/D/1)");
    }

    private static Answer commit(OperatingPoint p) {
        if (p.replication().protocol().isEmpty()) return Answer.none("no replication");
        double ms = ProtocolExperiment.of(p.replication().protocol().get(), p.deployment().topology())
                .nodes(Replication.NODES).clientRate(p.arrivalRate()).predictedCommit();
        return Answer.of(Estimate.of(ms / 1000, "order statistics of link and fsync delays, failure-free"));
    }
}
