package brokerlab.protocol.theory;

import brokerlab.protocol.net.LinkDelay;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GridDistributionTest {
    private static final double H = 0.002;

    @Test
    void meanOfShiftedExponentialIsBasePlusJitter() {
        assertEquals(1.5, GridDistribution.of(LinkDelay.shiftedExponential(1, 0.5), H).mean(), 1e-4);
    }

    @Test
    void sumOfTwoExponentialsIsErlangTwo() {
        var e = GridDistribution.of(LinkDelay.shiftedExponential(0, 1), H);
        var sum = e.plus(e);
        // Erlang-2 CDF at x = 2: 1 - e^-2 (1 + 2) = 0.59399
        assertEquals(1 - Math.exp(-2) * 3, sum.cdf(2), 2e-3);
        assertEquals(2, sum.mean(), 1e-4);
    }

    @Test
    void orderStatisticsOfIidExponentialsMatchRenyi() {
        var e = GridDistribution.of(LinkDelay.shiftedExponential(0, 1), H);
        var three = List.of(e, e, e);
        // Renyi: E[X_(k)] = sum_{i=n-k+1}^{n} 1/i for n = 3
        assertEquals(1.0 / 3, GridDistribution.min(three).mean(), 1e-3);
        assertEquals(1.0 / 3 + 1.0 / 2, GridDistribution.orderStatistic(three, 2).mean(), 1e-3);
        assertEquals(1.0 / 3 + 1.0 / 2 + 1, GridDistribution.max(three).mean(), 1e-3);
    }

    @Test
    void maxOfNonIdenticalDelaysDominatesTheSlowest() {
        var fast = GridDistribution.of(LinkDelay.fixed(1), H);
        var slow = GridDistribution.of(LinkDelay.shiftedExponential(2, 1), H);
        assertEquals(3, GridDistribution.max(List.of(fast, slow)).mean(), 1e-3);
        assertEquals(1, GridDistribution.min(List.of(fast, slow)).mean(), 1e-9);
    }

    @Test
    void quantileOfExponentialIsMinusLogOneMinusQ() {
        var e = GridDistribution.of(LinkDelay.shiftedExponential(0, 1), H);
        assertEquals(-Math.log(0.01), e.quantile(0.99), 2 * H);
    }

    @Test
    void rejectsKOutOfRange() {
        var e = GridDistribution.of(LinkDelay.fixed(1), H);
        var ex = assertThrows(IllegalArgumentException.class, () -> GridDistribution.orderStatistic(List.of(e), 2));
        assertTrue(ex.getMessage().contains("k"), ex.getMessage());
    }
}
