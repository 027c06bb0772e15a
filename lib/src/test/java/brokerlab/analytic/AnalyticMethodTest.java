package brokerlab.analytic;

import brokerlab.dist.Distributions;
import brokerlab.experiment.Metric;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AnalyticMethodTest {

    private static GGcK q(String arrival, String service, int servers) {
        return new GGcK(Distributions.parse(arrival), Distributions.parse(service), servers);
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
        Analysis r = q("exp(rate=2)", "lognormal(mean=1,scv=2)", 3).analyze(AnalyticMethod.LEE_LONGTON);
        assertEquals(1.5 * mmcWait(3, 2), r.get(Metric.MEAN_WAIT), 1e-12);
        assertEquals(1.5 * mmcWait(3, 2) + 1, r.get(Metric.MEAN_RESPONSE), 1e-12);
        assertEquals(2 * 1.5 * mmcWait(3, 2), r.get(Metric.MEAN_QUEUE_LENGTH), 1e-12);
    }

    @Test
    void kingmanAtOneServer() {
        // Erlang-2 arrivals (ca^2 = 1/2) at rate 0.5, E[S] = 1, cs^2 = 2: Wq ~ rho/(1-rho) (ca^2+cs^2)/2 E[S] = 1.25.
        Analysis r = q("erlang(k=2,mean=2)", "lognormal(mean=1,scv=2)", 1).analyze(AnalyticMethod.KINGMAN);
        assertEquals(1.25, r.get(Metric.MEAN_WAIT), 1e-12);
        assertTrue(Double.isNaN(r.get(Metric.WAIT_PROBABILITY)), "no value: NaN, not a made-up number");
    }

    @Test
    void eachMethodSaysWhatItNeeds() {
        GGcK md4 = q("exp(rate=3)", "det(value=1)", 4);
        assertNull(AnalyticMethod.COSMETATOS.unsuitable(md4));
        assertEquals("needs exp(...) arrivals and service", AnalyticMethod.ERLANG_C.unsuitable(md4));
        assertEquals("needs exp(...) arrivals and --servers 1", AnalyticMethod.PK.unsuitable(md4));
        assertEquals("needs --capacity K", AnalyticMethod.MMCK.unsuitable(md4));
        assertEquals("needs --servers 1", AnalyticMethod.KINGMAN.unsuitable(md4));
        assertTrue(AnalyticMethod.KIMURA.unsuitable(q("erlang(k=2,mean=1)", "det(value=1)", 4)).contains("allen-cunneen"));
    }

    @Test
    void theDefaultForVeryVariableServiceIsAllenCunneen() {
        // lognormal SCV 4 on 4 servers: above Approximations.KIMURA_MAX_SCV = 2, so Allen–Cunneen, (1 + 4)/2 Wq(M/M/4).
        GGcK q = q("exp(rate=3)", "lognormal(mean=1,scv=4)", 4);
        assertEquals(AnalyticMethod.ALLEN_CUNNEEN, AnalyticMethod.defaultFor(q));
        assertEquals(2.5 * mmcWait(4, 3), q.analyze().get(Metric.MEAN_WAIT), 1e-12);
        assertEquals(AnalyticMethod.KIMURA, AnalyticMethod.defaultFor(q("exp(rate=3)", "lognormal(mean=1,scv=2)", 4)));
        assertTrue(AnalyticMethod.RULE.contains("reality-gap"), AnalyticMethod.RULE);
    }

    @Test
    void anEstimatesLabelNamesItsMethod() {
        assertEquals(AnalyticMethod.ALLEN_CUNNEEN, AnalyticMethod.labelled(Approximations.best(3, 1, 1, 4, 4).method()).orElseThrow());
        assertEquals(AnalyticMethod.KIMURA, AnalyticMethod.labelled(Approximations.KIMURA).orElseThrow());
        assertEquals(AnalyticMethod.ERLANG_C, AnalyticMethod.labelled("M/M/c, Erlang C (exact)").orElseThrow());
        assertTrue(AnalyticMethod.labelled("simulation").isEmpty());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> AnalyticMethod.named("erlang"));
        assertTrue(e.getMessage().contains("erlang-c, mmck, pk"), e.getMessage());
        assertEquals(AnalyticMethod.ALLEN_CUNNEEN, AnalyticMethod.named("Allen-Cunneen"));
    }

    @Test
    void mg1PercentilesComeFromTheTransformForEveryFamilyWithOne() {
        // M/M/1, lambda = 0.5, mu = 1: T ~ exp(mu - lambda) = exp(0.5), so p99 = ln(100) / 0.5 = 9.2103.
        Analysis mm1 = q("exp(rate=0.5)", "exp(rate=1)", 1).analyze(AnalyticMethod.PK);
        assertEquals(Math.log(100) / 0.5, mm1.get(Metric.P99_RESPONSE), 1e-6);
        // det, erlang and hyperexp have closed-form transforms: percentiles exist, ordered by service variability.
        double det = q("exp(rate=0.7)", "det(value=1)", 1).analyze().get(Metric.P95_RESPONSE);
        double erl = q("exp(rate=0.7)", "erlang(k=4,mean=1)", 1).analyze().get(Metric.P95_RESPONSE);
        double exp = q("exp(rate=0.7)", "exp(rate=1)", 1).analyze(AnalyticMethod.PK).get(Metric.P95_RESPONSE);
        double hyp = q("exp(rate=0.7)", "hyperexp(mean=1,scv=4)", 1).analyze().get(Metric.P95_RESPONSE);
        assertTrue(det < erl && erl < exp && exp < hyp, det + " < " + erl + " < " + exp + " < " + hyp);
        // lognormal has no closed-form transform: no percentile, said as NaN rather than guessed.
        assertTrue(Double.isNaN(q("exp(rate=0.7)", "lognormal(mean=1,scv=2)", 1).analyze().get(Metric.P99_RESPONSE)));
    }

    @Test
    void anInfiniteMeanCarriesItsReason() {
        Analysis a = q("exp(rate=0.5)", "lomax(alpha=1.8,mean=1)", 1).analyze();
        assertEquals(Double.POSITIVE_INFINITY, a.get(Metric.MEAN_WAIT));
        assertTrue(a.note(Metric.MEAN_WAIT).orElseThrow().startsWith("infinite: E[S^2] = inf"), a.toString());
    }

    @Test
    void aMethodThatDoesNotFitNamesWhatItNeedsAndTheDefault() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> q("exp(rate=3)", "det(value=1)", 4).analyze(AnalyticMethod.ERLANG_C));
        assertTrue(e.getMessage().startsWith("--method = erlang-c does not fit") && e.getMessage().contains("(cosmetatos)"),
                e.getMessage());
    }
}
