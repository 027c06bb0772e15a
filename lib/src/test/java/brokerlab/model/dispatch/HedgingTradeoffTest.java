package brokerlab.model.dispatch;

import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HedgingTradeoffTest {
    private static final RunLength LENGTH = RunLength.time(100, 3_000);

    private static Estimates<Measurements> measure(Farm farm, Hedging hedging, long seed, int replications) {
        return Experiment.of(new HedgingTradeoff(farm, hedging)).length(LENGTH).replications(replications).seed(seed).run();
    }

    @Test
    void infiniteDelayHasNoGainAndNoCost() {
        // Hedging.none() against itself: every replication pair is identical, so the gain is exactly 1; the extra
        // load of plain routing is work / (n E[S]) - 1 with E[work per request] = E[S], so its CI covers 0.
        Farm farm = Farm.poisson(3, 1.5, Exponential.withRate(1), PrimaryRouting.RANDOM);
        Estimates<Measurements> t = measure(farm, Hedging.none(), 1, 4);
        assertEquals(1.0, t.point(HedgingTradeoff.TAIL_GAIN), 1e-12);
        assertEquals(0.0, t.get(HedgingTradeoff.TAIL_GAIN).halfWidth(), 1e-12);
        assertEquals(0.0, t.point(DispatchRun.HEDGED_FRACTION));
        assertEquals(0.0, t.point(DispatchRun.WASTED_FRACTION));
        var extra = t.get(DispatchRun.EXTRA_LOAD);
        assertTrue(Math.abs(extra.estimate()) <= extra.halfWidth(), "extra load " + extra);
    }

    @Test
    void earlierHedgesBuyMoreTailForMoreWork() {
        // d = 0.5 hedges more requests than d = 4, so it costs more wasted work (both with cancellation).
        Farm farm = Farm.poisson(4, 2, new Hyperexponential(1, 10), PrimaryRouting.RANDOM);
        Estimates<Measurements> early = measure(farm, Hedging.after(0.5), 2, 4);
        Estimates<Measurements> late = measure(farm, Hedging.after(4), 2, 4);
        assertTrue(early.point(DispatchRun.HEDGED_FRACTION) > late.point(DispatchRun.HEDGED_FRACTION));
        assertTrue(early.point(DispatchRun.WASTED_FRACTION) > late.point(DispatchRun.WASTED_FRACTION));
        assertTrue(late.get(HedgingTradeoff.TAIL_GAIN).lower() > 1, "even a late hedge shortens the tail: " + late);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HedgingTradeoff(farm, null))
                .getMessage().contains("hedging"));
    }
}
