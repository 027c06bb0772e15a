package brokerlab.analytic.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TandemScvTest {
    @Test
    void exponentialStationsKeepPoissonFlowsPoisson() {
        // c_a^2 = c_s^2 = 1: every bracket in eq. (39) vanishes, c_d^2 = 1 (Burke's theorem for M/M/c)
        assertArrayEquals(new double[]{1, 1, 1}, TandemScv.along(1, new double[]{0.5, 0.9}, new double[]{1, 1}, new int[]{1, 4}), 1e-12);
    }

    @Test
    void deterministicInputThroughBurstyServiceBecomesBursty() {
        // rho = 0.8, c = 1, c_a^2 = 0, c_s^2 = 4: 1 + 0.36 (0 - 1) + 0.64 (4 - 1) = 2.56
        // next stage, same station: 1 + 0.36 (2.56 - 1) + 0.64 * 3 = 3.4816
        double[] scv = TandemScv.along(0, new double[]{0.8, 0.8}, new double[]{4, 4}, new int[]{1, 1});
        assertEquals(2.56, scv[1], 1e-12);
        assertEquals(3.4816, scv[2], 1e-12);
    }

    @Test
    void agreesWithQnaOnATandem() {
        // QNA's arrival SCV at station 2 of a tandem is station 1's departure SCV (one flow, no splitting)
        double[] rho = {0.7, 0.6};
        var qna = new Qna(new double[]{1.4, 0}, new double[]{0.5, 1}, new double[][]{{0, 1}, {0, 0}},
                new double[]{0.5, 0.6}, new double[]{3, 0.25}, new int[]{1, 2});
        double[] scv = TandemScv.along(0.5, rho, new double[]{3, 0.25}, new int[]{1, 2});
        assertEquals(qna.arrivalScv()[1], scv[1], 1e-12);
    }

    @Test
    void multiServerStationDampsItsServiceVariability() {
        // c = 4: the service term is divided by sqrt(4) = 2: 1 + 0.19 * 0 + 0.81 * 3 / 2 = 2.215
        assertEquals(2.215, TandemScv.departureScv(0.9, 1, 4, 4), 1e-12);
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TandemScv.departureScv(1.0, 1, 1, 1))
                .getMessage().contains("rho"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TandemScv.along(1, new double[]{0.5}, new double[]{1, 1}, new int[]{1})).getMessage().contains("array lengths"));
    }
}
