package brokerlab.control;

import brokerlab.analytic.MMc;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {
    private final Theory.Readout theory = Theory.of(OperatingPoint.defaults());
    private final double mmcP99 = new MMc(32, 10, 4).responsePercentile(0.99);

    private Optional<PointEstimate> simulatedP99(double estimate, double halfWidth) {
        var any = new ConfidenceInterval(0.2, 0.01, 0.95, 10);
        return Optional.of(new PointEstimate(any, new ConfidenceInterval(estimate, halfWidth, 0.95, 10), any,
                Optional.empty(), Optional.empty(), "sim"));
    }

    @Test
    void saysHowManyTimesTheTextbookMissesThePercentile() {
        assertEquals("M/M/c is off by 3.2x at p99 here: it says " + Units.ms(mmcP99) + ", simulation "
                + Units.ms(new ConfidenceInterval(3.2 * mmcP99, 0.1, 0.95, 10)), GapVerdict.of(theory, simulatedP99(3.2 * mmcP99, 0.1)));
    }

    @Test
    void saysTheTextbookIsRightWhenTheIntervalCoversIt() {
        assertEquals("M/M/c is right at p99 here: " + Units.ms(mmcP99) + " lies inside the simulated "
                + Units.ms(new ConfidenceInterval(1.01 * mmcP99, 0.05 * mmcP99, 0.95, 10)), GapVerdict.of(theory, simulatedP99(1.01 * mmcP99, 0.05 * mmcP99)));
    }

    @Test
    void saysWhenTheTextbookIsTooPessimistic() {
        String v = GapVerdict.of(theory, simulatedP99(mmcP99 / 2, 0.001));
        assertEquals(true, v.startsWith("M/M/c is off by 2.0x at p99 here (too pessimistic)"), v);
    }

    @Test
    void waitsForTheSimulationBeforeJudging() {
        assertEquals("verdict after the simulation; M/M/c says p99 = " + Units.ms(mmcP99), GapVerdict.of(theory, Optional.empty()));
    }
}
