package brokerlab.analytic;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
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

    /**
     * Exact M/D/c mean wait (Crommelin 1932; Tijms 2003 §5.2): under FCFS with constant service D the number in
     * system obeys Q(t + D) = max(Q(t) - c, 0) + A, A ~ Poisson(lambda D), at every t, so its time-stationary law
     * solves that recursion. Solved on 0..n-1 by LU (the mass beyond 400 states is negligible at these loads);
     * Wq = E[(Q - c)^+] / lambda by Little.
     */
    private static double exactMDcWait(double lambda, double d, int c) {
        int n = 400;
        var a = new PoissonDistribution(null, lambda * d, 1e-12, 10_000_000);
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            int base = Math.max(i - c, 0);
            for (int j = base; j < n; j++) m.addToEntry(j, i, a.probability(j - base));
            m.addToEntry(i, i, -1);
        }
        for (int j = 0; j < n; j++) m.setEntry(n - 1, j, 1);
        double[] b = new double[n];
        b[n - 1] = 1;
        double[] p = new LUDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
        double lq = 0;
        for (int i = c; i < n; i++) lq += (i - c) * p[i];
        return lq / lambda;
    }

    @Test
    void exactMDcHelperReproducesPkAtOneServer() {
        assertEquals(4.5, exactMDcWait(0.9, 1, 1), 1e-9);   // P-K: 0.9/(2·0.1)
    }

    @Test
    void cosmetatosIsWithinOnePercentOfExactMDcAtModerateAndHeavyLoad() {
        // Cosmetatos is known to be accurate in heavy traffic (Tijms 2003 §5.2); computed errors here are
        // 0.02%–0.3% for c in {2, 5, 10}, rho in {0.8, 0.9}; the tolerance is the 1% usually quoted.
        for (int c : new int[]{2, 5, 10}) {
            for (double rho : new double[]{0.8, 0.9}) {
                double exact = exactMDcWait(rho * c, 1, c);
                double approx = Approximations.cosmetatos(rho * c, 1, c).value();
                assertEquals(exact, approx, 0.01 * exact, "c=" + c + " rho=" + rho);
            }
        }
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
    void aboveScvTwoTheDefaultIsAllenCunneenWhichOverEstimatesWhereKimuraUnderEstimates() {
        // M/G/5 at rho = 0.9, cs^2 = 8: Allen–Cunneen is (1 + 8)/2 Wq(M/M/5), and Kimura's interpolation lies below it
        // (the reality-gap map, ApproximationErrorsTest, shows Kimura under-estimating there).
        Estimate best = Approximations.best(LAMBDA, MEAN, 1, 8, C);
        assertEquals(Approximations.ALLEN_CUNNEEN, best.method());
        assertEquals(4.5 * new MMc(LAMBDA, 1 / MEAN, C).meanWait(), best.value(), 1e-12);
        assertTrue(Approximations.kimura(LAMBDA, MEAN, 8, C).value() < best.value());
        assertEquals(Approximations.KIMURA, Approximations.best(LAMBDA, MEAN, 1, Approximations.KIMURA_MAX_SCV, C).method());
        assertEquals(Approximations.ALLEN_CUNNEEN, Approximations.best(LAMBDA, MEAN, 1, Math.nextUp(Approximations.KIMURA_MAX_SCV), C).method());
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
