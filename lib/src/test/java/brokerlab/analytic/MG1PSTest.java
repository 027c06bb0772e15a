package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MG1PSTest {
    @Test
    void meanResponseEqualsMM1FcfsWhateverTheService() {
        var ps = new MG1PS(0.8, 1.0);
        assertEquals(new MMc(0.8, 1.0, 1).meanResponse(), ps.meanResponse(), 1e-12);   // 1/(1 - 0.8) = 5
        assertEquals(4.0, ps.meanNumberInSystem(), 1e-12);
    }

    @Test
    void conditionalResponseIsSizeSlowedByOneOverOneMinusRho() {
        assertEquals(10.0, new MG1PS(0.5, 1.0).conditionalMeanResponse(5.0), 1e-12);
    }

    @Test
    void rejectsUnstableLoad() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MG1PS(1, 1)).getMessage().contains("unstable"));
    }
}
