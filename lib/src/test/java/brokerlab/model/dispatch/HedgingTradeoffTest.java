package brokerlab.model.dispatch;

import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.model.network.RunLength;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HedgingTradeoffTest {
    private static final RunLength LENGTH = RunLength.of(100, 3_000);

    @Test
    void infiniteDelayHasNoGainAndNoCost() {
        // Hedging.none() against itself: every replication pair is identical, so the gain is exactly 1; the extra
        // load of plain routing is work / (n E[S]) - 1 with E[work per request] = E[S], so its CI covers 0.
        Farm farm = Farm.poisson(3, 1.5, Exponential.withRate(1), PrimaryRouting.RANDOM);
        HedgingTradeoff t = HedgingTradeoff.measure(farm, Hedging.none(), LENGTH, 1, 4);
        assertEquals(1.0, t.tailGain(), 1e-12);
        assertEquals(0.0, t.tailGainHalfWidth(), 1e-12);
        assertEquals(0.0, t.hedgedFraction());
        assertEquals(0.0, t.wastedFraction());
        assertTrue(Math.abs(t.extraLoad()) <= t.extraLoadHalfWidth(), "extra load " + t.extraLoad() + " ± " + t.extraLoadHalfWidth());
    }

    @Test
    void earlierHedgesBuyMoreTailForMoreWork() {
        // d = 0.5 hedges more requests than d = 4, so it costs more wasted work (both with cancellation).
        Farm farm = Farm.poisson(4, 2, new Hyperexponential(1, 10), PrimaryRouting.RANDOM);
        HedgingTradeoff early = HedgingTradeoff.measure(farm, Hedging.after(0.5), LENGTH, 2, 4);
        HedgingTradeoff late = HedgingTradeoff.measure(farm, Hedging.after(4), LENGTH, 2, 4);
        assertTrue(early.hedgedFraction() > late.hedgedFraction());
        assertTrue(early.wastedFraction() > late.wastedFraction());
        assertTrue(late.tailGain() - late.tailGainHalfWidth() > 1, "even a late hedge shortens the tail: " + late);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HedgingTradeoff.measure(farm, Hedging.none(), LENGTH, 1, 1))
                .getMessage().contains("replications"));
    }
}
