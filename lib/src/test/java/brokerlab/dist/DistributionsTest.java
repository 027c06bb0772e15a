package brokerlab.dist;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionsTest {
    private static String error(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> Distributions.parse(spec)).getMessage();
    }

    @Test
    void parsesEveryFamilyToWhatItsFactoryBuilds() {
        assertEquals(Distributions.exponential(2), Distributions.parse("exp(rate=2)"));
        assertEquals(Distributions.exponentialWithMean(0.5), Distributions.parse("exp(mean=0.5)"));
        assertEquals(Distributions.deterministic(1), Distributions.parse("det(value=1)"));
        assertEquals(Distributions.erlang(2, 1), Distributions.parse("erlang(k=2,mean=1)"));
        assertEquals(Distributions.mixedErlang(1, 0.3), Distributions.parse("mixederlang(mean=1,scv=0.3)"));
        assertEquals(Distributions.hyperexponential(1, 4), Distributions.parse("hyperexp(mean=1,scv=4)"));
        assertEquals(Distributions.lognormal(1, 4), Distributions.parse("lognormal(mean=1,scv=4)"));
        assertEquals(Distributions.pareto(2.5, 1), Distributions.parse("pareto(alpha=2.5,mean=1)"));
        assertEquals(Distributions.lomax(2.5, 1), Distributions.parse("lomax(alpha=2.5,mean=1)"));
        assertEquals(Distributions.weibull(0.5, 1), Distributions.parse("weibull(shape=0.5,mean=1)"));
        assertEquals(Distributions.uniform(0, 2), Distributions.parse("uniform(min=0,max=2)"));
        assertEquals(Distributions.empirical(1, 2, 4), Distributions.parse("empirical(values=4;1;2)"));
    }

    @Test
    void toleratesSpacesCaseAndParameterOrder() {
        assertEquals(new Lomax(2.5, 1), Distributions.parse("  LoMax ( Mean = 1 ,  alpha=2.5 ) "));
        assertEquals(new Erlang(3, 2), Distributions.parse("erlang(mean=2, k=3.0)"));
        assertEquals(new Exponential(1000), Distributions.parse("exp(rate=1e3)"));
    }

    @Test
    void knowsTheNamesItParses() {
        assertEquals(List.of("exp", "det", "erlang", "mixederlang", "hyperexp", "lognormal", "pareto", "lomax",
                "weibull", "uniform", "empirical"), Distributions.knownNames());
    }

    @Test
    void unknownNameListsTheKnownOnesAndTheNearest() {
        String message = error("paretto(alpha=2.5,mean=1)");
        assertTrue(message.startsWith("unknown distribution 'paretto': known are exp, det, erlang,"), message);
        assertTrue(message.contains("did you mean 'pareto'?") && message.contains("paretto(alpha=2.5,mean=1)"), message);
        assertTrue(error("gaussian(mean=1)").startsWith("unknown distribution 'gaussian'"));
    }

    @Test
    void missingParameterIsNamedWithAnExample() {
        String message = error("erlang(k=2)");
        assertTrue(message.startsWith("missing parameter 'mean': erlang takes k, mean, e.g. erlang(k=2,mean=1)"), message);
    }

    @Test
    void unknownParameterIsNamedWithWhatTheFamilyTakes() {
        String message = error("exp(mu=2)");
        assertTrue(message.startsWith("unknown parameter 'mu' for exp; it takes rate, mean"), message);
    }

    @Test
    void nonNumberIsQuoted() {
        String message = error("lomax(alpha=two,mean=1)");
        assertTrue(message.startsWith("alpha = 'two' is not a number"), message);
    }

    @Test
    void outOfRangeValueGivesParameterValueRuleAndFix() {
        String message = error("pareto(alpha=0.8,mean=1)");
        assertTrue(message.startsWith("alpha = 0.8 is invalid: it must be > 1"), message);
        assertTrue(message.contains("pass alpha > 1") && message.endsWith("(in spec \"pareto(alpha=0.8,mean=1)\")"), message);
        assertTrue(error("hyperexp(mean=1,scv=0.5)").startsWith("scv = 0.5 is invalid"));
        assertTrue(error("erlang(k=2.5,mean=1)").startsWith("k = 2.5 is invalid: it must be a whole number"));
    }

    @Test
    void malformedSpecsSayWhatIsExpected() {
        assertTrue(error("").startsWith("the distribution spec is empty"));
        assertTrue(error("exp").startsWith("expected exp(param=value,...) with parentheses, e.g. exp(rate=2)"));
        assertTrue(error("exp(2)").startsWith("'2' is not of the form name=value"));
        assertTrue(error("exp(rate=)").startsWith("parameter 'rate' has no value"));
        assertTrue(error("exp(rate=1,rate=2)").startsWith("parameter 'rate' is given twice"));
        assertTrue(error("exp(rate=1,mean=2)").startsWith("exp takes exactly one of rate or mean"));
        assertTrue(error("uniform(min=0,,max=2)").startsWith("an empty parameter"));
    }

    @Test
    void byMeanAndScvPicksTheStandardTwoMomentFit() {
        assertInstanceOf(Deterministic.class, Distributions.byMeanAndScv(2, 0));
        assertEquals(new Erlang(4, 2), Distributions.byMeanAndScv(2, 0.25));
        assertInstanceOf(MixedErlang.class, Distributions.byMeanAndScv(2, 0.3));
        assertEquals(new Exponential(0.5), Distributions.byMeanAndScv(2, 1));
        assertInstanceOf(Hyperexponential.class, Distributions.byMeanAndScv(2, 4));
        for (double scv : new double[] {0, 0.1, 0.25, 0.3, 0.7, 1, 1.5, 4, 30}) {
            Distribution d = Distributions.byMeanAndScv(2, scv);
            assertEquals(2, d.mean(), 1e-12);
            assertEquals(scv, d.scv(), 1e-12);
            assertEquals(scv, d.moment(2) / 4 - 1, 1e-9, () -> d + " moments");   // independent of scv(): E[X^2]/m^2 - 1
        }
    }

    @Test
    void byMeanAndScvRejectsInfiniteScvPointingToHeavyTails() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Distributions.byMeanAndScv(1, Double.POSITIVE_INFINITY)).getMessage();
        assertTrue(message.startsWith("scv = Infinity") && message.contains("lomax(alpha=1.8,mean=1)"), message);
    }
}
