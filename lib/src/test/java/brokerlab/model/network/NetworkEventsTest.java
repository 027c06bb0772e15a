package brokerlab.model.network;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.model.Slice;
import brokerlab.model.arrivals.Mmpp2;
import brokerlab.model.arrivals.Renewal;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.model.StationRun;
import brokerlab.model.StationMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class NetworkEventsTest {
    /** A constant, written here so the test does not depend on the dist package's other classes. */
    private static Distribution constant(double value) {
        return new Deterministic(value);
    }

    private static void assertInside(double exact, List<NetworkRun> runs, ToDoubleFunction<NetworkRun> metric,
                                     double level, String what) {
        ConfidenceInterval ci = Replications.ci(runs, metric, level);
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    @Test
    void tandemOfTwoMm1QueuesMatchesJacksonInMeanAndP99() {
        // lambda 0.7, mu 1 and 1.25. Sojourn times in the two stations are independent exponentials with rates
        // a = 0.3 and b = 0.55 (Reich 1957), so T is hypoexponential: E[T] = 1/a + 1/b = 5.1515...,
        // P(T > t) = (b e^{-a t} - a e^{-b t}) / (b - a); p99 solves P(T > t) = 0.01 (bisection below).
        double a = 0.3, b = 0.55;
        double lo = 0, hi = 100;
        for (int i = 0; i < 200; i++) {
            double t = (lo + hi) / 2;
            if ((b * Math.exp(-a * t) - a * Math.exp(-b * t)) / (b - a) > 0.01) lo = t; else hi = t;
        }
        double p99 = lo;
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(0.7), Node.of("s1", 1, Exponential.withRate(1)),
                Node.of("s2", 1, Exponential.withRate(1.25)));
        List<NetworkRun> runs = net.simulate().time(200, 20_000).replications(12).seed(7).run().runs();
        double level = 1 - 0.05 / 4;   // four comparisons, Bonferroni
        assertInside(1 / a + 1 / b, runs, NetworkRun::meanResponse, level, "mean end-to-end");
        assertInside(p99, runs, NetworkRun::p99, level, "p99 end-to-end");
        assertInside(1 / a, runs, x -> x.node("s1").get(Metric.MEAN_RESPONSE), level, "s1 response");
        assertInside(1 / b, runs, x -> x.node("s2").get(Metric.MEAN_RESPONSE), level, "s2 response");
    }

    @Test
    void departuresFromAnMm1AreAPoissonStream() {
        // Burke (1956): the output of a stable M/M/1 is Poisson at rate lambda, so inter-departure SCV = 1.
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(0.8), Node.of("q", 1, Exponential.withRate(1)));
        List<NetworkRun> runs = net.simulate().time(100, 20_000).replications(12).seed(11).run().runs();
        assertInside(1.0, runs, x -> x.node("q").get(StationMonitor.INTER_DEPARTURE_SCV), 1 - 0.05 / 2, "departure SCV");
        assertInside(0.8, runs, x -> x.node("q").get(Metric.THROUGHPUT), 1 - 0.05 / 2, "throughput");
    }

    @Test
    void smoothInputLeavesAnExponentialServerBurstier() {
        // D/M/1 at rho = 0.8: input SCV 0. QNA's linking equation (Whitt 1983, eq. 39) predicts the output SCV
        // rho^2 c_s^2 + (1 - rho^2) c_a^2 = 0.64: an approximation, so we check direction and range only.
        QueueingNetwork net = QueueingNetwork.tandem(constant(1.25), Node.of("q", 1, Exponential.withRate(1)));
        List<NetworkRun> runs = net.simulate().time(100, 10_000).replications(12).seed(13).run().runs();
        ConfidenceInterval ci = Replications.ci95(runs, x -> x.node("q").get(StationMonitor.INTER_DEPARTURE_SCV));
        assertTrue(ci.lower() > 0.3 && ci.upper() < 1.0, () -> "departure SCV " + ci);
    }

    @Test
    void mm1kRejectsTheFractionGivenByItsStationaryDistribution() {
        // M/M/1/5, rho = 1/1.25 = 0.8: P_K = (1-rho) rho^5 / (1 - rho^6) = 0.065536 / 0.737856 = 0.088818...
        // (PASTA: arrivals see time averages), L = rho/(1-rho) - 6 rho^6 / (1 - rho^6) = 4 - 2.131713 = 1.868287
        double rho = 0.8;
        double pK = (1 - rho) * Math.pow(rho, 5) / (1 - Math.pow(rho, 6));
        double l = rho / (1 - rho) - 6 * Math.pow(rho, 6) / (1 - Math.pow(rho, 6));
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(1), Node.of("q", 1, Exponential.withRate(1.25)).withCapacity(5));
        List<NetworkRun> runs = net.simulate().time(50, 10_000).replications(12).seed(17).run().runs();
        assertInside(pK, runs, x -> x.node("q").get(Metric.REJECTION_PROBABILITY), 1 - 0.05 / 2, "blocking");
        assertInside(l, runs, x -> x.node("q").get(Metric.MEAN_NUMBER_IN_SYSTEM), 1 - 0.05 / 2, "L");
    }

    @Test
    void mmcWaitAndUtilizationMatchErlangC() {
        // M/M/3, lambda 2.4, mu 1, a = 2.4: sum_{k<3} a^k/k! = 6.28; a^3/3!/(1 - 0.8) = 11.52; C = 11.52/17.8 = 0.647191;
        // Wq = C/(3 - 2.4) = 1.078652; Lq = lambda Wq = 2.588764; utilisation 0.8
        double c = 11.52 / 17.8, wq = c / 0.6;
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(2.4), Node.of("q", 3, Exponential.withRate(1)));
        List<NetworkRun> runs = net.simulate().time(50, 10_000).replications(12).seed(19).run().runs();
        double level = 1 - 0.05 / 3;
        assertInside(wq, runs, x -> x.node("q").get(Metric.MEAN_WAIT), level, "Wq");
        assertInside(2.4 * wq, runs, x -> x.node("q").get(Metric.MEAN_QUEUE_LENGTH), level, "Lq");
        assertInside(0.8, runs, x -> x.node("q").get(Metric.UTILIZATION), level, "utilisation");
    }

    @Test
    void conservesJobsExactlyAndSatisfiesLittlesLaw() {
        // finite buffer, feedback and two stations: every job is either gone or still inside at the end
        QueueingNetwork net = QueueingNetwork.builder()
                .station(Node.of("front", 2, Exponential.withRate(1)).withCapacity(4))
                .station(Node.of("back", 1, Exponential.withRate(2.5)))
                .arrivals("front", Exponential.withRate(1.8))
                .route("front", "back", 0.9).route("back", "front", 0.3).build();
        NetworkRun r = net.run(RunLength.time(100, 20_000), 23, 0);
        assertTrue(r.isFlowConserved(), () -> r.arrived() + " != " + r.exited() + " + " + r.rejected() + " + " + r.inSystem());
        assertTrue(r.rejected() > 0 && r.exited() > 0);
        assertTrue(r.get(Metric.LITTLE_RELATIVE_ERROR) < 0.01, () -> "Little gap " + r.get(Metric.LITTLE_RELATIVE_ERROR));
        for (Slice s : r.nodes()) {
            double accepted = (s.get(StationRun.CUSTOMERS) - s.get(NetworkRun.REJECTED)) / r.duration();
            double gap = Math.abs(s.get(Metric.MEAN_NUMBER_IN_SYSTEM) - accepted * s.get(Metric.MEAN_RESPONSE)) / s.get(Metric.MEAN_NUMBER_IN_SYSTEM);
            assertTrue(gap < 0.01, () -> s.name() + " Little gap " + gap);
        }
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherReplicationDoesNot() {
        QueueingNetwork net = Li2015.network(30.3, 10, 4, 10, 4, 0.12);
        NetworkRun a = net.run(RunLength.time(10, 200), 5, 3);
        NetworkRun b = net.run(RunLength.time(10, 200), 5, 3);
        NetworkRun c = net.run(RunLength.time(10, 200), 5, 4);
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.p999(), b.p999());
        assertEquals(a.nodes(), b.nodes());
        assertNotEquals(a.meanResponse(), c.meanResponse());
    }

    @Test
    void aCustomerLengthIsTheTimeThatManyArrivalsTakeAtTheMeanRate() {
        // lambda = 2: 400 warm-up and 4,000 measured arrivals are 200 and 2,000 time units, the same run
        QueueingNetwork renewal = QueueingNetwork.tandem(Exponential.withRate(2), Node.of("q", 1, Exponential.withRate(3)));
        assertEquals(renewal.run(RunLength.time(200, 2_000), 1, 0).measurements(),
                renewal.run(RunLength.customers(400, 4_000), 1, 0).measurements());
    }

    @Test
    void aStaircasePlaysItsWholeScheduleWhateverTheLength() {
        QueueingNetwork staircase = QueueingNetwork.builder().station(Node.of("q", 1, Exponential.withRate(2)))
                .arrivals("q", ArrivalSchedule.staircase(10, 1, 2)).build();
        assertEquals(RunLength.time(0, 20), staircase.defaultLength());
        assertEquals(staircase.run(staircase.defaultLength(), 1, 0).measurements(),
                staircase.run(RunLength.time(0, 5), 1, 0).measurements());
    }

    @Test
    void replicationIntervalsCoverTheExactMeanAboutNinetyFivePercentOfTheTime() {
        // M/M/2, lambda 1.5, mu 1, a = 1.5: sum_{k<2} a^k/k! = 2.5, a^2/2!/(1 - 0.75) = 4.5, C = 4.5/7;
        // W = C/(2 - 1.5) + 1 = 2.285714. 200 independent 95% intervals of 10 short replications each: the number
        // that cover is Binomial(200, 0.95) if they are honest (mean 190, sd 3.1); accept 180..199 (about -3.2 sd).
        double exact = (4.5 / 7) / 0.5 + 1;
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(1.5), Node.of("q", 2, Exponential.withRate(1)));
        int intervals = 200, reps = 10;
        List<NetworkRun> runs = net.simulate().time(50, 500).replications(intervals * reps).seed(101).run().runs();
        int covered = 0;
        for (int i = 0; i < intervals; i++) {
            if (Replications.ci95(runs.subList(i * reps, (i + 1) * reps), NetworkRun::meanResponse).contains(exact)) covered++;
        }
        final int c = covered;
        assertTrue(c >= 180 && c <= 199, () -> c + " of 200 intervals cover the exact mean");
    }

    @Test
    void immediateFeedbackMultipliesVisitsAndMatchesJackson() {
        // M/M/1, lambda 0.2, mu 1, retry with p = 0.5: visits 1/(1-p) = 2, station rate 0.4 (Jackson 1957), so per visit
        // W = 1/(1 - 0.4) = 5/3 and end to end T = 2 W = 10/3 (= 1/((1-p) mu - lambda), Takacs 1963)
        QueueingNetwork net = QueueingNetwork.builder().station(Node.of("broker", 1, Exponential.withRate(1)))
                .arrivals("broker", Exponential.withRate(0.2)).route("broker", "broker", 0.5).build();
        List<NetworkRun> runs = net.simulate().time(100, 20_000).replications(12).seed(29).run().runs();
        double level = 1 - 0.05 / 3;
        assertInside(2.0, runs, x -> x.visitsPerJob("broker"), level, "visits");
        assertInside(5.0 / 3, runs, x -> x.node("broker").get(Metric.MEAN_RESPONSE), level, "per-visit response");
        assertInside(10.0 / 3, runs, NetworkRun::meanResponse, level, "end-to-end response");
    }

    @Test
    void renewalExponentialProcessGivesTheSameNumbersAsTheDistributionPath() {
        // Both paths draw every gap as Exponential.sample(arrival stream), so one seed gives identical runs.
        Node s1 = Node.of("s1", 2, Exponential.withRate(1)), s2 = Node.of("s2", 1, Exponential.withRate(2.5));
        QueueingNetwork viaDistribution = QueueingNetwork.tandem(Exponential.withRate(1.5), s1, s2);
        QueueingNetwork viaProcess = QueueingNetwork.tandem(new Renewal(Exponential.withRate(1.5)), s1, s2);
        NetworkRun a = viaDistribution.run(RunLength.time(50, 2_000), 5, 1);
        NetworkRun b = viaProcess.run(RunLength.time(50, 2_000), 5, 1);
        assertEquals(a.arrived(), b.arrived());
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.p99(), b.p99());
        assertEquals(a.node("s2").get(StationMonitor.INTER_DEPARTURE_SCV), b.node("s2").get(StationMonitor.INTER_DEPARTURE_SCV));
    }

    @Test
    void mmppWithEqualRatesIntoOneServerIsMm1() {
        // rate0 = rate1 = 0.7: a Poisson source, so the M/M/1 mean response 1 / (mu - lambda) = 1 / 0.3 holds.
        QueueingNetwork net = QueueingNetwork.tandem(new Mmpp2(0.7, 0.7, 0.5, 0.2), Node.of("q", 1, Exponential.withRate(1)));
        List<NetworkRun> runs = net.simulate().time(200, 10_000).replications(10).seed(13).run().runs();
        assertInside(1 / 0.3, runs, NetworkRun::meanResponse, 0.95, "mean response");
    }

    @Test
    void burstyMmppSourceConservesJobsObeysLittleAndLeavesBurstyOutput() {
        // Mean rate 0.7 (bursts 2x for a quarter of the time, 10 long) into an exponential server at rate 1.
        // Throughput equals the mean rate lambda = 0.7 in the long run; jobs are conserved exactly; L = X W.
        Mmpp2 source = Mmpp2.bursts(0.7, 2, 0.25, 10);
        QueueingNetwork net = QueueingNetwork.tandem(source, Node.of("q", 1, Exponential.withRate(1)));
        assertEquals(0.7, net.arrivalRate(), 1e-12);
        List<NetworkRun> runs = net.simulate().time(200, 10_000).replications(10).seed(17).run().runs();
        double level = 1 - 0.05 / 3;
        assertInside(0.7, runs, NetworkRun::throughput, level, "throughput");
        for (NetworkRun x : runs) {
            assertEquals(x.arrived(), x.exited() + x.rejected() + x.inSystem(), "conservation");
            assertEquals(x.meanNumberInSystem(), x.leaveRate() * x.meanSojourn(), 0.05 * x.meanNumberInSystem(), "Little");
        }
        // the Poisson queue at the same mean rate has W = 1/0.3; bursts make it longer, and the departures burstier
        ConfidenceInterval w = Replications.ci(runs, NetworkRun::meanResponse, level);
        assertTrue(w.lower() > 1 / 0.3, () -> "bursty mean response " + w + " should exceed M/M/1's 3.33");
        ConfidenceInterval scv = Replications.ci(runs, x -> x.node("q").get(StationMonitor.INTER_DEPARTURE_SCV), level);
        assertTrue(scv.lower() > 1, () -> "departure SCV " + scv + " should exceed Poisson's 1");
    }
}
