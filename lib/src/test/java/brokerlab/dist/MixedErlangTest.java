package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedErlangTest {
    @Test
    void tijmsFitForScvPointThreeUsesFourPhases() {
        // scv = 0.3: k = ceil(1/0.3) = 4; p = (4*0.3 - sqrt(4*1.3 - 16*0.3)) / 1.3 = (1.2 - sqrt(0.4)) / 1.3 = 0.4365727
        MixedErlang m = new MixedErlang(1, 0.3);
        assertEquals(4, m.phases());
        assertEquals((1.2 - Math.sqrt(0.4)) / 1.3, m.shortBranchProbability(), 1e-15);
    }

    @Test
    void momentsGiveBackTheRequestedMeanAndScv() {
        // With mu = (k - p)/mean: E[X] = (p(k-1) + (1-p)k)/mu = mean; E[X^2] = (12p + 20(1-p))/mu^2 for k = 4.
        MixedErlang m = new MixedErlang(2, 0.3);
        double p = m.shortBranchProbability(), mu = (4 - p) / 2;
        double second = (12 * p + 20 * (1 - p)) / (mu * mu);
        assertEquals(second, m.moment(2), 1e-12);
        assertEquals(0.3, second / 4 - 1, 1e-12);
    }

    @Test
    void reducesToErlangWhenOneOverScvIsWhole() {
        MixedErlang m = new MixedErlang(1, 0.25);
        assertEquals(0, m.shortBranchProbability(), 1e-15);
        for (double t : new double[] {0.3, 1, 2}) assertEquals(new Erlang(4, 1).cdf(t), m.cdf(t), 1e-14);
    }

    @Test
    void rejectsScvAboveOnePointingToTheHyperexponential() {
        String message = assertThrows(IllegalArgumentException.class, () -> new MixedErlang(1, 1.5)).getMessage();
        assertTrue(message.startsWith("scv = 1.5") && message.contains("hyperexp"), message);
    }
}
