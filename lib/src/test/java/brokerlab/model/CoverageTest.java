package brokerlab.model;

import brokerlab.analytic.MMc;
import brokerlab.experiment.Coverage;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.RunPlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A small coverage check of the intervals on a case with an exact answer; the full study lives in notebook 01. */
class CoverageTest {
    @Test
    void meanWaitIntervalsOfMm4AtHalfLoadCoverAboutNinetyFivePercent() {
        // M/M/4 at rho = 0.5: Wq from Erlang C; 100 experiments of 10 replications x 20,000 customers
        double exact = new MMc(2, 1, 4).meanWait();
        Coverage c = Coverage.of("M/M/4, rho = 0.5", Station.mmc(2, 1, 4), Metric.MEAN_WAIT, exact,
                RunPlan.defaults().length(RunLength.customers(20_000)).seed(500), 100);
        // binomial(100, 0.95): 88..99 holds with probability above 99.8%
        assertTrue(c.covered() >= 88 && c.covered() <= 99, c.toString());
        assertTrue(c.interval().contains(c.fraction()));
    }
}
