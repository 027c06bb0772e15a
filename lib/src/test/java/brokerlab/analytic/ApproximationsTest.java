package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ApproximationsTest {
    private static final double LAMBDA = 4.5, MEAN = 1.0;   // a = 4.5 erlangs
    private static final int C = 5;                          // rho = 0.9

    @Test
    void everyApproximationReducesToErlangCWhenScvsAreOne() {
        double exact = new MMc(LAMBDA, 1 / MEAN, C).meanWait();
        assertEquals(exact, Approximations.allenCunneen(LAMBDA, MEAN, 1, 1, C).value(), 1e-12);
        assertEquals(exact, Approximations.leeLongton(LAMBDA, MEAN, 1, C).value(), 1e-12);
        assertEquals(exact, Approximations.kimura(LAMBDA, MEAN, 1, C).value(), 1e-12);
        assertEquals(new MMc(0.9, 1, 1).meanWait(), Approximations.kingman(0.9, 1, 1, 1).value(), 1e-12);
        Estimate best = Approximations.best(LAMBDA, MEAN, 1, 1, C);
        assertEquals(exact, best.value(), 1e-12);
        assertEquals(Approximations.ERLANG_C, best.method());
    }

    @Test
    void cosmetatosWithOneServerIsTheExactMD1Value() {
        // M/D/1 by P-K: Wq = rho d / (2 (1 - rho)) = 0.8/(2·0.2) = 2
        assertEquals(2.0, Approximations.cosmetatos(0.8, 1, 1).value(), 1e-12);
    }

    @Test
    void cosmetatosLiesBetweenHalfAndAllOfTheMMcWait() {
        // Cosmetatos' factor ½[1 + (1-rho)(c-1)(sqrt(4+5c)-2)/(16 rho c)]; c = 5, rho = 0.9:
        // (0.1·4·(sqrt(29)-2))/(16·0.9·5) = 0.018764..., factor 0.509382
        double mmc = new MMc(LAMBDA, 1, C).meanWait();
        assertEquals(0.5 * (1 + 0.1 * 4 * (Math.sqrt(29) - 2) / 72) * mmc,
                Approximations.cosmetatos(LAMBDA, 1, C).value(), 1e-12);
    }

    @Test
    void kimuraIsExactPkForOneServerAtAnyScv() {
        for (double scv : new double[]{0.25, 0.5, 2, 8}) {
            double pk = 0.7 * (1 + scv) / (2 * 0.3);   // lambda E[S^2]/(2(1-rho)) with E[S]=1
            assertEquals(pk, Approximations.kimura(0.7, 1, scv, 1).value(), 1e-12, "scv=" + scv);
        }
    }

    @Test
    void kimuraAtZeroScvIsCosmetatos() {
        assertEquals(Approximations.cosmetatos(LAMBDA, 1, C).value(), Approximations.kimura(LAMBDA, 1, 0, C).value(), 1e-12);
    }

    @Test
    void leeLongtonIsAllenCunneenWithPoissonArrivals() {
        assertEquals(Approximations.allenCunneen(LAMBDA, 1, 1, 3, C).value(),
                Approximations.leeLongton(LAMBDA, 1, 3, C).value(), 1e-12);
    }

    @Test
    void bestNamesTheMethodItUses() {
        assertEquals(Approximations.PK, Approximations.best(0.5, 1, 1, 0, 1).method());
        assertEquals(1.0 / 2, Approximations.best(0.5, 1, 1, 0, 1).value(), 1e-12);   // M/D/1: 0.5/(2·0.5)
        assertEquals(Approximations.COSMETATOS, Approximations.best(LAMBDA, 1, 1, 0, C).method());
        assertEquals(Approximations.KIMURA, Approximations.best(LAMBDA, 1, 1, 2, C).method());
        assertEquals(Approximations.KINGMAN, Approximations.best(0.5, 1, 2, 2, 1).method());
        assertEquals(Approximations.ALLEN_CUNNEEN, Approximations.best(LAMBDA, 1, 2, 2, C).method());
    }

    @Test
    void infiniteServiceVarianceIsInfiniteForOneServerAndRefusedForMore() {
        Estimate one = Approximations.best(0.5, 1, 1, Double.POSITIVE_INFINITY, 1);
        assertFalse(one.isFinite());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Approximations.best(LAMBDA, 1, 1, Double.POSITIVE_INFINITY, C));
        assertTrue(e.getMessage().contains("serviceScv") && e.getMessage().contains("HeavyTail"), e.getMessage());
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Approximations.allenCunneen(5, 1, 1, 1, 5)).getMessage().contains("unstable"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Approximations.kimura(1, 1, -0.5, 2)).getMessage().contains("serviceScv"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Approximations.leeLongton(1, 1, 1, 0)).getMessage().contains("servers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Approximations.cosmetatos(-1, 1, 2)).getMessage().contains("arrivalRate"));
    }
}
