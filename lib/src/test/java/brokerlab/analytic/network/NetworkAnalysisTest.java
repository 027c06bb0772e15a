package brokerlab.analytic.network;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NetworkAnalysisTest {
    private static final double[][] TANDEM = {{0, 1}, {0, 0}};
    private static final List<String> NAMES = List.of("a", "b");

    @Test
    void poissonAndExponentialGiveJacksonsExactTandem() {
        // lambda = 1 into M/M/1 (mu 2) then M/M/1 (mu 3): E[T] = 1/(2-1) + 1/(3-1) = 1.5, rho = 0.5 and 1/3.
        var a = NetworkAnalysis.open(NAMES, new Distribution[]{new Exponential(1), null}, TANDEM,
                new Distribution[]{new Exponential(2), new Exponential(3)}, new int[]{1, 1});
        assertEquals(NetworkAnalysis.JACKSON, a.method());
        assertEquals(1.5, a.get("mean_response"), 1e-12);
        assertEquals(1.0, a.get("throughput"), 1e-12);
        assertEquals(0.5, a.get("a_utilization"), 1e-12);
        assertEquals(1 / 3.0, a.get("b_utilization"), 1e-12);
        assertEquals(0.5, a.get("b_mean_response"), 1e-12);
        assertEquals(1.5, a.get("mean_number_in_system"), 1e-12);   // Little: L = lambda E[T]
    }

    @Test
    void deterministicServiceGoesToQnaWhichIsExactForAnMD1First() {
        // Station a is M/D/1 with lambda 0.5, D = 1: Pollaczek-Khinchine Wq = rho D / (2 (1 - rho)) = 0.5 exactly,
        // and QNA's single-server formula reduces to it for Poisson input (c_a^2 = 1, c_s^2 = 0).
        var a = NetworkAnalysis.open(NAMES, new Distribution[]{new Exponential(0.5), null}, TANDEM,
                new Distribution[]{new Deterministic(1), new Exponential(2)}, new int[]{1, 1});
        assertEquals(Qna.METHOD, a.method());
        assertEquals(0.5, a.get("a_mean_wait"), 1e-12);
        assertEquals(1.5, a.get("a_mean_response"), 1e-12);
    }

    @Test
    void aClosedPopulationGoesToMva() {
        // One client, think 4, one visit to each of two stations with demands 1 and 0.5: R = 1.5, X = 1 / 5.5.
        var a = NetworkAnalysis.closed(NAMES, 1, 4, 0, TANDEM,
                new Distribution[]{new Exponential(1), new Exponential(2)}, new int[]{1, 1});
        assertEquals(NetworkAnalysis.MVA_EXACT, a.method());
        assertEquals(1.5, a.get("mean_response"), 1e-12);
        assertEquals(1 / 5.5, a.get("throughput"), 1e-12);
        assertEquals(1 / 5.5, a.get("a_utilization"), 1e-12);
        assertEquals(0.5, a.get("b_residence_time"), 1e-12);
    }

    @Test
    void infiniteVarianceServiceIsRefusedNamingTheStation() {
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkAnalysis.open(NAMES,
                new Distribution[]{new Exponential(0.5), null}, TANDEM,
                new Distribution[]{brokerlab.dist.Distributions.lomax(1.8, 1), new Exponential(2)}, new int[]{1, 1}));
        assertTrue(e.getMessage().startsWith("service of 'a'") && e.getMessage().contains("simulate"), e.getMessage());
    }
}
