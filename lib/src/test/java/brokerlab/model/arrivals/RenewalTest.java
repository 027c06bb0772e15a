package brokerlab.model.arrivals;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Erlang;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.dist.Lomax;
import brokerlab.experiment.Replications;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RenewalTest {
    private static RandomStream rng(int r) {
        return RandomStream.of(99, r, RandomStream.ARRIVALS);
    }

    @Test
    void poissonHasScvAndIdcOne() {
        Renewal p = Renewal.poisson(2);
        assertEquals(2, p.rate(), 1e-15);
        assertEquals(1, p.scv());
        assertEquals(1, p.idc(0.3));
        assertEquals(1, p.idcLimit());
    }

    @Test
    void erlangTwoIdcMatchesItsRenewalFunction() {
        // Erlang-2 with phase rate mu (mean 2/mu): H(t) = mu t / 2 - 1/4 + e^{-2 mu t} / 4 (Cox 1962, 1.5), so
        // 2H + 1 - 2 lambda u = 1/2 + e^{-2 mu u}/2 and Var N(t) = (mu/2)(t/2 + (1 - e^{-2 mu t}) / (4 mu)),
        // IDC(t) = 1/2 + (1 - e^{-2 mu t}) / (4 mu t); limit 1/2 = SCV.
        double mu = 2;
        Renewal e2 = new Renewal(new Erlang(2, 1.0));
        for (double t : new double[] {0.2, 1, 5, 40}) {
            double exact = 0.5 + -Math.expm1(-2 * mu * t) / (4 * mu * t);
            assertEquals(exact, e2.idc(t), 5e-5, "t = " + t);
        }
        assertEquals(0.5, e2.idcLimit(), 1e-12);
    }

    @Test
    void deterministicIdcMatchesTheBernoulliCount() {
        // Stationary D(1) process: N(0, t] = floor(t) + Bernoulli(frac t), so Var = f (1 - f) and IDC = f (1 - f) / t.
        Renewal d = new Renewal(new Deterministic(1));
        assertEquals(0.5 * 0.5 / 0.5, d.idc(0.5), 1e-3);
        assertEquals(0.3 * 0.7 / 2.3, d.idc(2.3), 1e-3);
    }

    @Test
    void simulatedIdcOfHyperexponentialGapsLiesInsideTheCi() {
        // H2 with mean 1 and SCV 4: IDC(t) climbs from 1 toward 4; compare at t = 5 from the renewal equation.
        Renewal h2 = new Renewal(new Hyperexponential(1, 4));
        double exact = h2.idc(5);
        ConfidenceInterval ci = Replications.ci(Replications.run(10, r -> Counts.idc(h2.source(rng(r)), 5, 20_000, 50)), x -> x, 0.95);
        assertTrue(ci.contains(exact), () -> "IDC(5) " + exact + " outside " + ci);
        assertTrue(exact > 1.5 && exact < 4, "between Poisson and the limit SCV 4: " + exact);
        ConfidenceInterval scv = Replications.ci(Replications.run(10, r -> Counts.gapScv(h2.source(rng(r)), 100_000)), x -> x, 0.95);
        assertTrue(scv.contains(4), () -> "SCV 4 outside " + scv);
    }

    @Test
    void sourceDrawsFromTheDistributionOnTheGivenStream() {
        // The network's distribution path samples interArrival.sample(arrivalRng): a renewal source must match it.
        Exponential x = Exponential.withRate(3);
        ArrivalSource s = new Renewal(x).source(rng(0));
        RandomStream direct = rng(0);
        for (int i = 0; i < 100; i++) assertEquals(x.sample(direct), s.next());
    }

    @Test
    void rejectsMissingDistributionAndInfiniteVarianceIdc() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Renewal(null)).getMessage().contains("interArrival"));
        Renewal heavy = new Renewal(new Lomax(1.8, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> heavy.idc(1)).getMessage().contains("interArrival"));
        assertEquals(Double.POSITIVE_INFINITY, heavy.idcLimit());
    }
}
