package brokerlab.cli;

import brokerlab.dist.Distributions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AnalyticMethodTest {

    private static QueueSpec q(String arrival, String service, int servers) {
        return new QueueSpec(Distributions.parse(arrival), Distributions.parse(service), servers, 0);
    }

    /** Wq of M/M/c with mu = 1 from the textbook Erlang C sum. */
    private static double mmcWait(int c, double a) {
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term / (1 - a / c);
        return top / (sum + top) / (c - a);
    }

    @Test
    void leeLongtonScalesErlangCByOnePlusScvOverTwo() {
        // lognormal scv 2: Wq ~ (1 + 2)/2 Wq(M/M/3) at a = 2.
        AnalyticResult r = AnalyticMethod.LEE_LONGTON.evaluate(q("exp(rate=2)", "lognormal(mean=1,scv=2)", 3));
        assertEquals(1.5 * mmcWait(3, 2), r.meanWait().value(), 1e-12);
        assertEquals(1.5 * mmcWait(3, 2) + 1, r.meanResponse().value(), 1e-12);
        assertEquals(2 * 1.5 * mmcWait(3, 2), r.meanQueueLength().value(), 1e-12);
    }

    @Test
    void kingmanAtOneServer() {
        // Erlang-2 arrivals (ca^2 = 1/2) at rate 0.5, E[S] = 1, cs^2 = 2: Wq ~ rho/(1-rho) (ca^2+cs^2)/2 E[S] = 1.25.
        AnalyticResult r = AnalyticMethod.KINGMAN.evaluate(q("erlang(k=2,mean=2)", "lognormal(mean=1,scv=2)", 1));
        assertEquals(1.25, r.meanWait().value(), 1e-12);
        assertNull(r.waitProbability());
    }

    @Test
    void eachMethodSaysWhatItNeeds() {
        QueueSpec md4 = q("exp(rate=3)", "det(value=1)", 4);
        assertNull(AnalyticMethod.COSMETATOS.unsuitable(md4));
        assertEquals("needs exp(...) arrivals and service", AnalyticMethod.ERLANG_C.unsuitable(md4));
        assertEquals("needs exp(...) arrivals and --servers 1", AnalyticMethod.PK.unsuitable(md4));
        assertEquals("needs --capacity K", AnalyticMethod.MMCK.unsuitable(md4));
        assertEquals("needs --servers 1", AnalyticMethod.KINGMAN.unsuitable(md4));
        assertTrue(AnalyticMethod.KIMURA.unsuitable(q("erlang(k=2,mean=1)", "det(value=1)", 4)).contains("allen-cunneen"));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> AnalyticMethod.byName("erlang"));
        assertTrue(e.getMessage().contains("erlang-c, mmck, pk"), e.getMessage());
        assertEquals(AnalyticMethod.ALLEN_CUNNEEN, AnalyticMethod.byName("Allen-Cunneen"));
    }
}
