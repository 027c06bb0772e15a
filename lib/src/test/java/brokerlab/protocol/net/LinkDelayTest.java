package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LinkDelayTest {
    @Test
    void shiftedExponentialSampleMeanMatchesBasePlusJitter() {
        var d = LinkDelay.shiftedExponential(0.1, 0.05);          // mean 0.15 ms
        var rng = RandomStream.of(1, RandomStream.NETWORK);
        var s = new RunningStats();
        for (int i = 0; i < 100_000; i++) s.add(d.sample(rng));
        assertTrue(ConfidenceInterval.of(s, 0.99).contains(0.15), s::toString);
        assertTrue(s.min() >= 0.1);
    }

    @Test
    void lognormalJitterHasTheRequestedMeanAndMedian() {
        var d = LinkDelay.shiftedLognormal(1, 0.5, 3);            // sigma^2 = ln 4, median = 0.5 / sqrt(4) = 0.25
        assertEquals(0.5, d.cdf(1.25), 1e-12);
        var rng = RandomStream.of(2, RandomStream.NETWORK);
        var s = new RunningStats();
        for (int i = 0; i < 200_000; i++) s.add(d.sample(rng));
        assertTrue(ConfidenceInterval.of(s, 0.99).contains(1.5), s::toString);
    }

    @Test
    void exponentialCdfIsOneMinusExp() {
        var d = LinkDelay.shiftedExponential(2, 1);
        assertEquals(0, d.cdf(1.9));
        assertEquals(1 - Math.exp(-1), d.cdf(3), 1e-12);           // (3 - 2) / 1 = one mean past the base
        assertEquals(1, LinkDelay.fixed(2).cdf(2));
    }

    @Test
    void scvOfShiftedExponentialIsJitterShare() {
        // Var = 1, mean = 2 => SCV = 1/4
        assertEquals(0.25, LinkDelay.shiftedExponential(1, 1).scv(), 1e-12);
    }

    @Test
    void rejectsNegativeBaseNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> LinkDelay.fixed(-1));
        assertTrue(e.getMessage().contains("base"), e.getMessage());
    }

    @Test
    void distributionContractHoldsForFixedExponentialAndLognormalJitter() {
        for (LinkDelay d : new LinkDelay[] {LinkDelay.fixed(2), LinkDelay.shiftedExponential(1, 0.5), LinkDelay.shiftedLognormal(1, 0.5, 3)}) {
            // E[D] and E[D^2] = mean^2 (1 + SCV) from the binomial moments
            assertEquals(d.mean(), d.moment(1), 1e-12, d.spec());
            assertEquals(d.mean() * d.mean() * (1 + d.scv()), d.moment(2), 1e-9, d.spec());
            for (double p : new double[] {0.1, 0.5, 0.99}) {
                if (!d.isFixed()) assertEquals(p, d.cdf(d.quantile(p)), 1e-9, d.spec() + " p=" + p);
            }
            LinkDelay doubled = d.withMean(2 * d.mean());
            assertEquals(2 * d.mean(), doubled.mean(), 1e-12);
            assertEquals(d.scv(), doubled.scv(), 1e-12);
        }
        // shifted exponential median: base + mean ln 2
        assertEquals(1 + 0.5 * Math.log(2), LinkDelay.shiftedExponential(1, 0.5).quantile(0.5), 1e-12);
    }
}
