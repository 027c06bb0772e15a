package brokerlab.model;

import brokerlab.experiment.RunLength;

import brokerlab.dist.Exponential;
import brokerlab.dist.Lomax;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WaitTrajectoryTest {

    @Test
    void finalBatchMeansIntervalContainsTheMm1MeanWait() {
        // M/M/1, lambda = 0.5, mu = 1: rho = 0.5, Wq = rho / (mu - lambda) = 0.5 / 0.5 = 1.
        var t = WaitTrajectory.of(Station.mm1(0.5, 1.0), 20_000, 400_000, 7, 30, 0.99);
        assertTrue(t.finalMeanCi().contains(1.0), () -> "Wq = 1 outside " + t.finalMeanCi());
    }

    @Test
    void runningP99SettlesNearTheMm1Percentile() {
        // M/M/1: P(W > x) = rho e^{-(mu - lambda) x}, so p99: 0.5 e^{-0.5 x} = 0.01, x = 2 ln 50 = 7.824.
        // A sample quantile of 400k correlated waits: allow 5% (the CI of p99 over replications in StationTest
        // style is about ±2% at this length).
        double exact = 2 * Math.log(50);
        var t = WaitTrajectory.of(Station.mm1(0.5, 1.0), 20_000, 400_000, 11, 30, 0.99);
        double[] q = t.runningQuantile();
        assertEquals(exact, q[q.length - 1], 0.05 * exact);
    }

    @Test
    void lastCheckpointReproducesTheStationRunOfReplicationZero() {
        var station = Station.of(new Exponential(3.0), new Lomax(2.5, 1.0), 4);   // rho = 3 / 4
        var t = WaitTrajectory.of(station, 5_000, 50_000, 3, 20, 0.99);
        StationRun direct = station.engine(Engine.RECURSION).run(RunLength.customers(5_000, 50_000), 3, 0);
        double[] mean = t.runningMean(), q = t.runningQuantile();
        assertEquals(direct.meanWait(), mean[mean.length - 1], 1e-9 * direct.meanWait());
        assertEquals(direct.p99Wait(), q[q.length - 1], 1e-12 * direct.p99Wait());
        assertEquals(direct, t.summary());
        assertEquals(direct.p999Wait(), t.quantile(0.999), 1e-12 * direct.p999Wait());
        assertEquals(direct.p50Wait(), t.quantile(0.5), 1e-12);
    }

    @Test
    void checkpointsIncreaseAndEndAtTheRunLength() {
        var t = WaitTrajectory.of(Station.mm1(0.5, 1.0), 0, 10_000, 1, 25, 0.9);
        long[] c = t.customers();
        assertEquals(100, c[0]);
        assertEquals(10_000, c[c.length - 1]);
        for (int i = 1; i < c.length; i++) assertTrue(c[i] > c[i - 1], "checkpoints must increase");
        assertEquals(c.length, t.runningMean().length);
        assertEquals(c.length, t.halfWidth().length);
        for (double h : t.halfWidth()) assertTrue(h >= 0, "half-widths are non-negative");
    }

    @Test
    void sameSeedGivesTheSameTrajectory() {
        var station = Station.of(new Exponential(0.8), new Lomax(1.8, 1.0), 1);
        var a = WaitTrajectory.of(station, 1_000, 20_000, 5, 10, 0.99);
        var b = WaitTrajectory.of(station, 1_000, 20_000, 5, 10, 0.99);
        assertArrayEquals(a.runningMean(), b.runningMean());
        assertArrayEquals(a.runningQuantile(), b.runningQuantile());
    }

    @Test
    void rejectsProcessorSharingAndBadArguments() {
        var ps = Station.mm1(0.5, 1.0).processorSharing();
        var e = assertThrows(IllegalArgumentException.class, () -> WaitTrajectory.of(ps, 0, 10_000, 1, 10, 0.99));
        assertTrue(e.getMessage().contains("station"), e.getMessage());
        var mm1 = Station.mm1(0.5, 1.0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WaitTrajectory.of(mm1, 0, 10, 1, 10, 0.99))
                .getMessage().contains("customers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WaitTrajectory.of(mm1, 0, 10_000, 1, 1, 0.99))
                .getMessage().contains("checkpoints"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WaitTrajectory.of(mm1, 0, 10_000, 1, 10, 1.0))
                .getMessage().contains("level"));
        var t = WaitTrajectory.of(mm1, 0, 10_000, 1, 10, 0.99);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.quantile(0)).getMessage().contains("q"));
    }
}
