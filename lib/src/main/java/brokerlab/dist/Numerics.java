package brokerlab.dist;

import brokerlab.util.Check;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Gamma;

import java.util.function.DoubleUnaryOperator;

/** Small numerical helpers shared by the distributions: argument checks, Gamma function, cdf inversion. */
final class Numerics {
    private Numerics() {}

    /** Brent's method (commons-math3): relative accuracy near double precision, bounded iterations. */
    private static final int MAX_EVALUATIONS = 500;

    static double checkLevel(double p) {
        return Check.probability("p", p);
    }

    static int checkOrder(int k) {
        return Check.atLeast("k", k, 0);
    }

    /** Gamma(x) for x > 0 via exp(logGamma), accurate to ~1e-14 relative for the arguments used here. */
    static double gamma(double x) {
        return Math.exp(Gamma.logGamma(x));
    }

    /** k! as a double (exact up to 22!). */
    static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) f *= i;
        return f;
    }

    /**
     * The x >= 0 with cdf(x) = p, for a continuous increasing cdf with cdf(0) = 0, found by Brent's method after
     * doubling {@code scale} until it brackets the root. p must lie strictly inside (0, 1).
     */
    static double invert(DoubleUnaryOperator cdf, double p, double scale) {
        double hi = scale;
        while (cdf.applyAsDouble(hi) < p) hi *= 2;
        double lo = 0;
        BrentSolver solver = new BrentSolver(1e-15, 1e-300, 1e-17);
        return solver.solve(MAX_EVALUATIONS, x -> cdf.applyAsDouble(x) - p, lo, hi);
    }

    /** Tail index of a Pareto-type law: alpha <= 1 has no finite mean, so a mean cannot be set. */
    static double checkTailIndex(double alpha) {
        if (!(alpha > 1) || Double.isInfinite(alpha))
            throw Check.fail("alpha", alpha, "it must be > 1 (finite): with alpha <= 1 the mean is infinite",
                    "pass alpha > 1; 1 < alpha <= 2 gives infinite variance, alpha > 2 finite variance (typical 2.1 to 3)");
        return alpha;
    }
}
