package brokerlab.analytic.network;

import brokerlab.analytic.MMc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class QnaTest {
    @Test
    void allScvOneEqualsJackson() {
        double[] mu = {2, 1, 2};
        int[] c = {1, 2, 1};
        var jackson = new Jackson(JacksonTest.GAMMA, JacksonTest.P, mu, c);
        var qna = new Qna(JacksonTest.GAMMA, new double[]{1, 1, 1}, JacksonTest.P, new double[]{0.5, 1, 0.5},
                new double[]{1, 1, 1}, c);
        assertEquals(jackson.meanResponse(), qna.meanResponse().value(), 1e-10);
        assertArrayEquals(new double[]{1, 1, 1}, qna.arrivalScv(), 1e-12);
        assertEquals(Qna.METHOD, qna.meanResponse().method());
    }

    @Test
    void deterministicFirstStageSmoothsTheSecondStageArrivals() {
        // M/D/1 -> ./M/1 tandem, rho1 = 0.8: c_d^2 = 1 + (1 - rho^2)(1 - 1) + rho^2 (0 - 1) = 1 - 0.64 = 0.36
        var qna = new Qna(new double[]{0.8, 0}, new double[]{1, 1}, new double[][]{{0, 1}, {0, 0}},
                new double[]{1, 0.5}, new double[]{0, 1}, new int[]{1, 1});
        assertEquals(0.36, qna.arrivalScv()[1], 1e-12);
        // station 0 is M/D/1 exactly: Wq = rho d / (2(1 - rho)) = 2
        assertEquals(2.0, qna.meanWait(0).value(), 1e-12);
        // station 1 is smoother than M/M/1 (Wq(M/M/1) = 0.4·0.5/0.6)
        assertTrue(qna.meanWait(1).value() < new MMc(0.8, 2, 1).meanWait());
    }

    @Test
    void splittingMovesScvTowardsOne() {
        // bursty external stream (c0^2 = 4) split 50/50 from a fast station: each branch has c^2 = p c_d^2 + 1 - p
        var qna = new Qna(new double[]{1, 0, 0}, new double[]{4, 1, 1},
                new double[][]{{0, 0.5, 0.5}, {0, 0, 0}, {0, 0, 0}}, new double[]{0.1, 1, 1},
                new double[]{1, 1, 1}, new int[]{1, 1, 1});
        double rho = 0.1, cd = 1 + (1 - rho * rho) * (4 - 1);   // 3.97
        assertEquals(0.5 * cd + 0.5, qna.arrivalScv()[1], 1e-12);
    }

    @Test
    void rejectsUnstableStationAndMismatchedArrays() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Qna(new double[]{2}, new double[]{1},
                new double[][]{{0}}, new double[]{1}, new double[]{1}, new int[]{1}));
        assertTrue(e.getMessage().contains("station 0"), e.getMessage());
        var m = assertThrows(IllegalArgumentException.class, () -> new Qna(new double[]{0.5}, new double[]{1, 1},
                new double[][]{{0}}, new double[]{1}, new double[]{1}, new int[]{1}));
        assertTrue(m.getMessage().contains("length"), m.getMessage());
    }
}
