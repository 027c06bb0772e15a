package brokerlab.dist;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionParametersTest {

    @Test
    void aFamilyParameterIsSetAndTheRestKept() {
        Distribution d = Distributions.parse("lomax(alpha=2.5,mean=1)");
        assertEquals("lomax(alpha=1.8,mean=1)", DistributionParameters.with(d, "alpha", 1.8).spec());
        assertEquals("erlang(k=4,mean=2)", DistributionParameters.with(Distributions.parse("erlang(k=2,mean=2)"), "k", 4).spec());
    }

    @Test
    void rateSetsTheMeanToItsInverseAndKeepsTheShape() {
        Distribution d = DistributionParameters.with(Distributions.parse("lognormal(mean=1,scv=4)"), "rate", 4);
        assertEquals(0.25, d.mean(), 1e-15);
        assertEquals(4, d.scv(), 1e-12);
        assertEquals("exp(rate=4)", DistributionParameters.with(Distributions.parse("exp(mean=2)"), "rate", 4).spec());
        assertEquals("det(value=0.5)", DistributionParameters.with(Distributions.parse("det(value=1)"), "mean", 0.5).spec());
    }

    @Test
    void theMeanOfAFamilyWithoutOneScalesItsScaleParameters() {
        // uniform(0, 2) has mean 1; mean 3 needs both ends times 3
        assertEquals("uniform(min=0,max=6)", DistributionParameters.with(Distributions.parse("uniform(min=0,max=2)"), "mean", 3).spec());
        // values 1, 2, 3 have mean 2; mean 1 halves each
        Distribution e = DistributionParameters.with(Distributions.parse("empirical(values=1;2;3)"), "mean", 1);
        assertEquals(1, e.mean(), 1e-15);
        assertEquals("empirical(values=0.5;1;1.5)", e.spec());
    }

    @Test
    void scvOfAFamilyWithoutOneIsTheTwoMomentFitWithTheSameMean() {
        Distribution exp = Distributions.parse("exp(rate=2)");                      // mean 0.5
        assertEquals("hyperexp(mean=0.5,scv=4)", DistributionParameters.with(exp, "scv", 4).spec());
        assertEquals("erlang(k=2,mean=0.5)", DistributionParameters.with(exp, "scv", 0.5).spec());
        assertEquals("det(value=0.5)", DistributionParameters.with(exp, "scv", 0).spec());
        assertEquals("lognormal(mean=1,scv=9)", DistributionParameters.with(Distributions.parse("lognormal(mean=1,scv=4)"), "scv", 9).spec());
    }

    @Test
    void namesAreTheDerivedOnesThenTheFamilysOwn() {
        assertEquals(List.of("mean", "rate", "scv", "alpha"), DistributionParameters.names(Distributions.parse("lomax(alpha=2.5,mean=1)")));
        assertEquals(List.of("mean", "rate", "scv"), DistributionParameters.names(Distributions.parse("exp(rate=1)")));
    }

    @Test
    void anUnknownParameterListsTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DistributionParameters.with(Distributions.parse("exp(rate=1)"), "alpha", 2));
        assertTrue(e.getMessage().contains("'alpha'") && e.getMessage().contains("[mean, rate, scv]"), e.getMessage());
    }

    @Test
    void anInvalidValueFailsAsAHandWrittenSpecWould() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DistributionParameters.with(Distributions.parse("lomax(alpha=2.5,mean=1)"), "alpha", -1));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistributionParameters.with(Distributions.parse("exp(rate=1)"), "rate", 0));
    }
}
