package brokerlab.model;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Exponential;
import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.JoinShortestQueue;
import brokerlab.model.routing.PowerOfDChoices;
import brokerlab.model.routing.RandomSplit;
import brokerlab.model.routing.RoundRobin;
import brokerlab.model.routing.RoutingPolicy;
import brokerlab.model.routing.SharedQueuePolicy;
import brokerlab.model.routing.SlowServerThreshold;
import brokerlab.sim.SlotEventList;
import brokerlab.stats.ConfidenceInterval;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ServerFarmEventsTest {

    private static void assertInside(double exact, ConfidenceInterval ci, String what) {
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    /**
     * Mean number in system of two exponential servers (rates muFast > muSlow) fed by Poisson(lambda) through one
     * central queue, the fast server taking a waiting job whenever idle and the slow one only when at least
     * {@code threshold} wait (Lin & Kumar 1984). CTMC on (q waiting, fast busy, slow busy), q <= qMax, solved as
     * pi Q = 0, sum pi = 1 with commons-math3 LU (one balance equation replaced by the normalisation).
     */
    static double thresholdCtmcMeanNumber(double lambda, double muFast, double muSlow, int threshold, int qMax) {
        int n = (qMax + 1) * 4;
        double[][] q = new double[n][n];
        for (int w = 0; w <= qMax; w++) {
            for (int f = 0; f <= 1; f++) {
                for (int s = 0; s <= 1; s++) {
                    int from = index(w, f, s);
                    if (settle(w, f, s, threshold) != from) {
                        // a configuration the policy never leaves standing (a job waits by an idle fast server):
                        // never entered, so pi = 0 there; an exit keeps the matrix non-singular
                        add(q, from, settle(w, f, s, threshold), 1);
                        continue;
                    }
                    if (w < qMax) add(q, from, settle(w + 1, f, s, threshold), lambda);
                    if (f == 1) add(q, from, settle(w, 0, s, threshold), muFast);
                    if (s == 1) add(q, from, settle(w, f, 0, threshold), muSlow);
                }
            }
        }
        RealMatrix a = new Array2DRowRealMatrix(n, n);          // rows: balance equations (Q transposed)
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a.setEntry(j, i, q[i][j]);
        for (int j = 0; j < n; j++) a.setEntry(0, j, 1.0);       // replace one equation by sum pi = 1
        double[] b = new double[n];
        b[0] = 1;
        double[] pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(b)).toArray();
        double mean = 0;
        for (int w = 0; w <= qMax; w++)
            for (int f = 0; f <= 1; f++)
                for (int s = 0; s <= 1; s++) mean += pi[index(w, f, s)] * (w + f + s);
        return mean;
    }

    private static int index(int w, int f, int s) { return w * 4 + f * 2 + s; }

    /** Applies the policy after an event: the fast server first, the slow one only at queue >= threshold. */
    private static int settle(int w, int f, int s, int threshold) {
        while (w > 0) {
            if (f == 0) { f = 1; w--; }
            else if (s == 0 && w >= threshold) { s = 1; w--; }
            else break;
        }
        return index(w, f, s);
    }

    private static void add(double[][] q, int from, int to, double rate) {
        if (from == to) return;
        q[from][to] += rate;
        q[from][from] -= rate;
    }

    @Test
    void theCtmcOracleReducesToMm2ForEqualSpeeds() {
        // M/M/2, lambda = mu = 1: a = 1, C(2, 1) = 1/3, Lq = C rho/(1 − rho) = 1/3, L = Lq + a = 4/3.
        assertEquals(4.0 / 3, thresholdCtmcMeanNumber(1, 1, 1, 1, 150), 1e-9);
    }

    @Test
    void fastestFreeServerMatchesTheExactCtmc() {
        // speeds 2 and 1, Exp(1) demands, lambda = 1.5: load 0.5. L from the CTMC, W = L / lambda.
        double l = thresholdCtmcMeanNumber(1.5, 2, 1, 1, 120);
        ServerFarm farm = ServerFarm.of(new Exponential(1.5), new Exponential(1), 2, 1);
        Estimates<StationRun> e = farm.simulate().customers(40_000).replications(20).seed(61).run();
        assertInside(l, e.get(Metric.MEAN_NUMBER_IN_SYSTEM), "L");
        assertInside(l / 1.5, e.get(Metric.MEAN_RESPONSE), "W");
    }

    @Test
    void slowServerThresholdMatchesTheExactCtmc() {
        // speeds 4 and 1 (a slow server worth avoiding), lambda = 2, threshold 3.
        double l = thresholdCtmcMeanNumber(2, 4, 1, 3, 120);
        ServerFarm farm = ServerFarm.of(new Exponential(2), new Exponential(1), 4, 1).routing(new SlowServerThreshold(3));
        Estimates<StationRun> e = farm.simulate().customers(40_000).replications(20).seed(62).run();
        assertInside(l / 2, e.get(Metric.MEAN_RESPONSE), "W");
    }

    @Test
    void thresholdOneIsFastestFreeServerExactly() {
        ServerFarm a = ServerFarm.of(new Exponential(2.5), new Exponential(1), 2, 1, 1);
        ServerFarm b = a.routing(new SlowServerThreshold(1));
        assertEquals(a.simulate().customers(5_000).runOnce().meanWait(), b.simulate().customers(5_000).runOnce().meanWait(), 0);
    }

    @Test
    void equalRandomSplitMakesEachServerAnMm1Queue() {
        // Two unit-speed servers, lambda = 1: each sees Poisson(0.5) and mu = 1 ⇒ W = 1/(1 − 0.5) = 2.
        ServerFarm farm = ServerFarm.of(new Exponential(1), new Exponential(1), 1, 1).routing(RandomSplit.equal());
        Estimates<StationRun> e = farm.simulate().customers(40_000).replications(20).seed(63).run();
        assertInside(2.0, e.get(Metric.MEAN_RESPONSE), "W");
    }

    @Test
    void weightedRandomSplitMatchesTheWeightedMm1Formula() {
        // speeds 1.5 and 1, weights 0.6 / 0.4, lambda = 1.5: server 1 M/M/1(0.9, 1.5), server 2 M/M/1(0.6, 1);
        // W = 0.6 / (1.5 − 0.9) + 0.4 / (1 − 0.6) = 1 + 1 = 2.
        double exact = 0.6 / (1.5 - 0.9) + 0.4 / (1 - 0.6);
        ServerFarm farm = ServerFarm.of(new Exponential(1.5), new Exponential(1), 1.5, 1).routing(RandomSplit.weighted(0.6, 0.4));
        Estimates<StationRun> e = farm.simulate().customers(40_000).replications(20).seed(64).run();
        assertInside(exact, e.get(Metric.MEAN_RESPONSE), "W");
    }

    @Test
    void identicalServersUnderFastestFreeServerAreAnMmcQueue() {
        // Three unit-speed servers sharing one FCFS queue is M/M/3: lambda = 0.2/0.1 scaled: lambda = 2, mu = 1.
        double exact = Exact.mmcWait(2, 1, 3);
        Estimates<StationRun> e = ServerFarm.of(new Exponential(2), new Exponential(1), 1, 1, 1)
                .simulate().customers(40_000).replications(20).seed(65).level(0.99).run();
        assertInside(exact, e.get(Metric.MEAN_WAIT), "Wq (99% CI)");
    }

    @Test
    void theFastEventListsGiveTheGeneralEventListsResultsExactly() {
        double[] forty = new double[40];
        for (int i = 0; i < forty.length; i++) forty[i] = 0.5 + (i % 3) * 0.5;     // 41 slots: the tournament tree
        List<ServerFarmParams> cases = List.of(
                new ServerFarmParams(new Exponential(3.6), new Exponential(1), new double[]{2, 1, 0.5, 0.5}, new FastestFreeServer(), 0),
                new ServerFarmParams(new Exponential(3.6), new Exponential(1), new double[]{2, 1, 0.5, 0.5}, new JoinShortestQueue(), 0),
                new ServerFarmParams(new Exponential(3.0), new Exponential(1), new double[]{1, 1, 1, 1}, new RoundRobin(), 0),
                new ServerFarmParams(new Exponential(3.0), new Exponential(1), new double[]{1, 1, 1, 1}, new PowerOfDChoices(2), 0),
                new ServerFarmParams(new Exponential(2), new Exponential(1), new double[]{4, 1}, new SlowServerThreshold(3), 0),
                new ServerFarmParams(new Exponential(5), new Exponential(1), new double[]{2, 1, 1}, new JoinShortestQueue(), 6),
                new ServerFarmParams(new Exponential(36), new Exponential(1), forty, new FastestFreeServer(), 0),
                new ServerFarmParams(new Exponential(36), new Exponential(1), forty, new JoinShortestQueue(), 0),
                // arrivals every 0.5, demand 2: departures tie with arrivals (departures, scheduled first, fire first)
                new ServerFarmParams(new Deterministic(0.5), new Deterministic(2), new double[]{1, 1, 1, 1}, new FastestFreeServer(), 4));
        for (ServerFarmParams p : cases) {
            StationRun fast = ServerFarmEvents.run(p, 500, 20_000, 8, 3);
            StationRun general = ServerFarmEvents.run(p, 500, 20_000, 8, 3, SlotEventList.general(1 + p.servers()));
            assertEquals(general, fast, () -> "results differ for " + p);
        }
    }

    @Test
    void fastestFreeServerFromTheIdleBitsMatchesItsScanOverTheView() {
        // The same policy seen through a plain shared-queue policy, which asks the view's default scan instead of the
        // farm's idle bits: identical runs, heterogeneous speeds with ties among equally fast servers included.
        RoutingPolicy scanning = new SharedQueuePolicy() {
            @Override
            public int choose(brokerlab.model.routing.ServerView servers, brokerlab.random.RandomStream rng) {
                int best = -1;
                for (int i = 0; i < servers.servers(); i++) {
                    if (servers.idle(i) && (best < 0 || servers.speed(i) > servers.speed(best))) best = i;
                }
                return best;
            }
        };
        double[] speeds = {1, 2, 0.5, 2, 1, 0.5};
        ServerFarm bits = ServerFarm.of(new Exponential(6), new Exponential(1), speeds);
        ServerFarm scan = bits.routing(scanning);
        assertEquals(scan.simulate().customers(20_000).seed(3).runOnce(), bits.simulate().customers(20_000).seed(3).runOnce(),
                () -> "speeds " + Arrays.toString(speeds));
    }
}
