package brokerlab.model;

import brokerlab.model.routing.ServerView;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdleServersTest {
    /** The view's default scan over the same idle set: the answer {@link IdleServers#fastest()} must give. */
    private static int scan(double[] speeds, boolean[] idle) {
        ServerView view = new ServerView() {
            @Override public int servers() { return speeds.length; }
            @Override public double speed(int i) { return speeds[i]; }
            @Override public int jobsAt(int i) { return idle[i] ? 0 : 1; }
            @Override public boolean idle(int i) { return idle[i]; }
            @Override public int waiting() { return 0; }
            @Override public long decisions() { return 0; }
        };
        return view.fastestIdle();
    }

    @Test
    void fastestIdleServerIsTheScansAnswerUnderRandomTakesAndReleases() {
        for (int n : new int[]{1, 4, 63, 64, 65, 130}) {
            var rng = new SplittableRandom(n);
            double[] speeds = new double[n];
            for (int i = 0; i < n; i++) speeds[i] = 0.5 * (1 + rng.nextInt(4));        // few distinct speeds: ties
            IdleServers idle = new IdleServers(speeds);
            boolean[] reference = new boolean[n];
            java.util.Arrays.fill(reference, true);
            for (int step = 0; step < 20_000; step++) {
                int i = rng.nextInt(n);
                boolean take = rng.nextBoolean();
                if (take) idle.take(i); else idle.release(i);
                reference[i] = !take;
                assertEquals(reference[i], idle.isIdle(i));
                assertEquals(scan(speeds, reference), idle.fastest(), "n = " + n + ", step " + step);
            }
        }
    }

    @Test
    void allBusyGivesMinusOne() {
        IdleServers idle = new IdleServers(new double[]{1, 2});
        idle.take(0);
        idle.take(1);
        assertEquals(-1, idle.fastest());
        idle.release(0);
        assertEquals(0, idle.fastest());
    }
}
