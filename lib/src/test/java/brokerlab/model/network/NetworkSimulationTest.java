package brokerlab.model.network;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Replications;
import brokerlab.model.arrivals.Mmpp2;
import brokerlab.model.arrivals.Renewal;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class NetworkSimulationTest {
    /** A constant, written here so the test does not depend on the dist package's other classes. */
    private static Distribution constant(double value) {
        return new Deterministic(value);
    }

    private static void assertInside(double exact, List<NetworkResult> runs, ToDoubleFunction<NetworkResult> metric,
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
        Network net = Network.tandem(Exponential.withRate(0.7), Station.of("s1", 1, Exponential.withRate(1)),
                Station.of("s2", 1, Exponential.withRate(1.25)));
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(200, 20_000), 7, r));
        double level = 1 - 0.05 / 4;   // four comparisons, Bonferroni
        assertInside(1 / a + 1 / b, runs, NetworkResult::meanResponse, level, "mean end-to-end");
        assertInside(p99, runs, NetworkResult::p99, level, "p99 end-to-end");
        assertInside(1 / a, runs, x -> x.station("s1").meanResponse(), level, "s1 response");
        assertInside(1 / b, runs, x -> x.station("s2").meanResponse(), level, "s2 response");
    }

    @Test
    void departuresFromAnMm1AreAPoissonStream() {
        // Burke (1956): the output of a stable M/M/1 is Poisson at rate lambda, so inter-departure SCV = 1.
        Network net = Network.tandem(Exponential.withRate(0.8), Station.of("q", 1, Exponential.withRate(1)));
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(100, 20_000), 11, r));
        assertInside(1.0, runs, x -> x.station("q").interDepartureScv(), 1 - 0.05 / 2, "departure SCV");
        assertInside(0.8, runs, x -> x.station("q").throughput(), 1 - 0.05 / 2, "throughput");
    }

    @Test
    void smoothInputLeavesAnExponentialServerBurstier() {
        // D/M/1 at rho = 0.8: input SCV 0. QNA's linking equation (Whitt 1983, eq. 39) predicts the output SCV
        // rho^2 c_s^2 + (1 - rho^2) c_a^2 = 0.64: an approximation, so we check direction and range only.
        Network net = Network.tandem(constant(1.25), Station.of("q", 1, Exponential.withRate(1)));
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(100, 10_000), 13, r));
        ConfidenceInterval ci = Replications.ci95(runs, x -> x.station("q").interDepartureScv());
        assertTrue(ci.lower() > 0.3 && ci.upper() < 1.0, () -> "departure SCV " + ci);
    }

    @Test
    void mm1kRejectsTheFractionGivenByItsStationaryDistribution() {
        // M/M/1/5, rho = 1/1.25 = 0.8: P_K = (1-rho) rho^5 / (1 - rho^6) = 0.065536 / 0.737856 = 0.088818...
        // (PASTA: arrivals see time averages), L = rho/(1-rho) - 6 rho^6 / (1 - rho^6) = 4 - 2.131713 = 1.868287
        double rho = 0.8;
        double pK = (1 - rho) * Math.pow(rho, 5) / (1 - Math.pow(rho, 6));
        double l = rho / (1 - rho) - 6 * Math.pow(rho, 6) / (1 - Math.pow(rho, 6));
        Network net = Network.tandem(Exponential.withRate(1), Station.of("q", 1, Exponential.withRate(1.25)).withCapacity(5));
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(50, 10_000), 17, r));
        assertInside(pK, runs, x -> x.station("q").rejectionProbability(), 1 - 0.05 / 2, "blocking");
        assertInside(l, runs, x -> x.station("q").meanNumber(), 1 - 0.05 / 2, "L");
    }

    @Test
    void mmcWaitAndUtilisationMatchErlangC() {
        // M/M/3, lambda 2.4, mu 1, a = 2.4: sum_{k<3} a^k/k! = 6.28; a^3/3!/(1 - 0.8) = 11.52; C = 11.52/17.8 = 0.647191;
        // Wq = C/(3 - 2.4) = 1.078652; Lq = lambda Wq = 2.588764; utilisation 0.8
        double c = 11.52 / 17.8, wq = c / 0.6;
        Network net = Network.tandem(Exponential.withRate(2.4), Station.of("q", 3, Exponential.withRate(1)));
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(50, 10_000), 19, r));
        double level = 1 - 0.05 / 3;
        assertInside(wq, runs, x -> x.station("q").meanWait(), level, "Wq");
        assertInside(2.4 * wq, runs, x -> x.station("q").meanQueueLength(), level, "Lq");
        assertInside(0.8, runs, x -> x.station("q").utilisation(), level, "utilisation");
    }

    @Test
    void conservesJobsExactlyAndSatisfiesLittlesLaw() {
        // finite buffer, feedback and two stations: every job is either gone or still inside at the end
        Network net = Network.builder()
                .station(Station.of("front", 2, Exponential.withRate(1)).withCapacity(4))
                .station(Station.of("back", 1, Exponential.withRate(2.5)))
                .arrivals("front", Exponential.withRate(1.8))
                .route("front", "back", 0.9).route("back", "front", 0.3).build();
        NetworkResult r = NetworkSimulation.run(net, RunLength.of(100, 20_000), 23, 0);
        assertTrue(r.isFlowConserved(), () -> r.arrived() + " != " + r.exited() + " + " + r.rejected() + " + " + r.inSystem());
        assertTrue(r.rejected() > 0 && r.exited() > 0);
        assertTrue(r.littleLawGap() < 0.01, () -> "Little gap " + r.littleLawGap());
        for (StationResult s : r.stations()) {
            double accepted = (s.arrivals() - s.rejected()) / r.duration();
            double gap = Math.abs(s.meanNumber() - accepted * s.meanResponse()) / s.meanNumber();
            assertTrue(gap < 0.01, () -> s.name() + " Little gap " + gap);
        }
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherReplicationDoesNot() {
        Network net = Li2015.network(30.3, 10, 4, 10, 4, 0.12);
        NetworkResult a = NetworkSimulation.run(net, RunLength.of(10, 200), 5, 3);
        NetworkResult b = NetworkSimulation.run(net, RunLength.of(10, 200), 5, 3);
        NetworkResult c = NetworkSimulation.run(net, RunLength.of(10, 200), 5, 4);
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.p999(), b.p999());
        assertEquals(a.stations(), b.stations());
        assertNotEquals(a.meanResponse(), c.meanResponse());
    }

    @Test
    void refusesToMixUpScheduledAndRenewalRuns() {
        Network renewal = Network.tandem(Exponential.withRate(1), Station.of("q", 1, Exponential.withRate(2)));
        Network staircase = Network.builder().station(Station.of("q", 1, Exponential.withRate(2)))
                .arrivals("q", ArrivalSchedule.staircase(10, 1, 2)).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkSimulation.run(renewal, 1, 0))
                .getMessage().contains("RunLength"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkSimulation.run(staircase, RunLength.of(0, 5), 1, 0))
                .getMessage().contains("schedule"));
    }

    @Test
    void replicationIntervalsCoverTheExactMeanAboutNinetyFivePercentOfTheTime() {
        // M/M/2, lambda 1.5, mu 1, a = 1.5: sum_{k<2} a^k/k! = 2.5, a^2/2!/(1 - 0.75) = 4.5, C = 4.5/7;
        // W = C/(2 - 1.5) + 1 = 2.285714. 200 independent 95% intervals of 10 short replications each: the number
        // that cover is Binomial(200, 0.95) if they are honest (mean 190, sd 3.1); accept 180..199 (about -3.2 sd).
        double exact = (4.5 / 7) / 0.5 + 1;
        Network net = Network.tandem(Exponential.withRate(1.5), Station.of("q", 2, Exponential.withRate(1)));
        int intervals = 200, reps = 10;
        List<NetworkResult> runs = Replications.run(intervals * reps, r -> NetworkSimulation.run(net, RunLength.of(50, 500), 101, r));
        int covered = 0;
        for (int i = 0; i < intervals; i++) {
            if (Replications.ci95(runs.subList(i * reps, (i + 1) * reps), NetworkResult::meanResponse).contains(exact)) covered++;
        }
        final int c = covered;
        assertTrue(c >= 180 && c <= 199, () -> c + " of 200 intervals cover the exact mean");
    }

    @Test
    void immediateFeedbackMultipliesVisitsAndMatchesJackson() {
        // M/M/1, lambda 0.2, mu 1, retry with p = 0.5: visits 1/(1-p) = 2, station rate 0.4 (Jackson 1957), so per visit
        // W = 1/(1 - 0.4) = 5/3 and end to end T = 2 W = 10/3 (= 1/((1-p) mu - lambda), Takacs 1963)
        Network net = Network.builder().station(Station.of("broker", 1, Exponential.withRate(1)))
                .arrivals("broker", Exponential.withRate(0.2)).route("broker", "broker", 0.5).build();
        List<NetworkResult> runs = Replications.run(12, r -> NetworkSimulation.run(net, RunLength.of(100, 20_000), 29, r));
        double level = 1 - 0.05 / 3;
        assertInside(2.0, runs, x -> x.visitsPerJob("broker"), level, "visits");
        assertInside(5.0 / 3, runs, x -> x.station("broker").meanResponse(), level, "per-visit response");
        assertInside(10.0 / 3, runs, NetworkResult::meanResponse, level, "end-to-end response");
    }

    @Test
    void renewalExponentialProcessGivesTheSameNumbersAsTheDistributionPath() {
        // Both paths draw every gap as Exponential.sample(arrival stream), so one seed gives identical runs.
        Station s1 = Station.of("s1", 2, Exponential.withRate(1)), s2 = Station.of("s2", 1, Exponential.withRate(2.5));
        Network viaDistribution = Network.tandem(Exponential.withRate(1.5), s1, s2);
        Network viaProcess = Network.tandem(new Renewal(Exponential.withRate(1.5)), s1, s2);
        NetworkResult a = NetworkSimulation.run(viaDistribution, RunLength.of(50, 2_000), 5, 1);
        NetworkResult b = NetworkSimulation.run(viaProcess, RunLength.of(50, 2_000), 5, 1);
        assertEquals(a.arrived(), b.arrived());
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.p99(), b.p99());
        assertEquals(a.station("s2").interDepartureScv(), b.station("s2").interDepartureScv());
    }

    @Test
    void mmppWithEqualRatesIntoOneServerIsMm1() {
        // rate0 = rate1 = 0.7: a Poisson source, so the M/M/1 mean response 1 / (mu - lambda) = 1 / 0.3 holds.
        Network net = Network.tandem(new Mmpp2(0.7, 0.7, 0.5, 0.2), Station.of("q", 1, Exponential.withRate(1)));
        List<NetworkResult> runs = Replications.run(10, r -> NetworkSimulation.run(net, RunLength.of(200, 10_000), 13, r));
        assertInside(1 / 0.3, runs, NetworkResult::meanResponse, 0.95, "mean response");
    }

    @Test
    void burstyMmppSourceConservesJobsObeysLittleAndLeavesBurstyOutput() {
        // Mean rate 0.7 (bursts 2x for a quarter of the time, 10 long) into an exponential server at rate 1.
        // Throughput equals the mean rate lambda = 0.7 in the long run; jobs are conserved exactly; L = X W.
        Mmpp2 source = Mmpp2.bursts(0.7, 2, 0.25, 10);
        Network net = Network.tandem(source, Station.of("q", 1, Exponential.withRate(1)));
        assertEquals(0.7, net.arrivalRate(), 1e-12);
        List<NetworkResult> runs = Replications.run(10, r -> NetworkSimulation.run(net, RunLength.of(200, 10_000), 17, r));
        double level = 1 - 0.05 / 3;
        assertInside(0.7, runs, NetworkResult::throughput, level, "throughput");
        for (NetworkResult x : runs) {
            assertEquals(x.arrived(), x.exited() + x.rejected() + x.inSystem(), "conservation");
            assertEquals(x.meanNumberInSystem(), x.leaveRate() * x.meanSojourn(), 0.05 * x.meanNumberInSystem(), "Little");
        }
        // the Poisson queue at the same mean rate has W = 1/0.3; bursts make it longer, and the departures burstier
        ConfidenceInterval w = Replications.ci(runs, NetworkResult::meanResponse, level);
        assertTrue(w.lower() > 1 / 0.3, () -> "bursty mean response " + w + " should exceed M/M/1's 3.33");
        ConfidenceInterval scv = Replications.ci(runs, x -> x.station("q").interDepartureScv(), level);
        assertTrue(scv.lower() > 1, () -> "departure SCV " + scv + " should exceed Poisson's 1");
    }
}
