package brokerlab.analytic;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent root finding (commons-math3) behind the analytic layer's convention for failures (see
 * {@link brokerlab.util.Check}): a solver that fails on input the caller validated is a defect of this library,
 * never the caller's mistake. commons-math reports a missing bracket as a {@code MathIllegalArgumentException},
 * an {@code IllegalArgumentException}, which a command line would show as bad input; here it becomes an
 * {@link IllegalStateException} naming the quantity, the bracket and the cause.
 */
final class Roots {
    private Roots() {}

    /**
     * The root of {@code f} in [lo, hi], where f(lo) and f(hi) have opposite signs, to within
     * {@code relativeAccuracy |x| + absoluteAccuracy}.
     *
     * @param what the quantity being solved for, e.g. "M/M/4 response percentile q = 0.99", for the failure message
     */
    static double brent(String what, DoubleUnaryOperator f, double lo, double hi, double relativeAccuracy,
                        double absoluteAccuracy) {
        try {
            // function-value accuracy 0: commons-math's default (1e-15) returns an endpoint whose |f| is below it,
            // e.g. t = 0 for a CDF equation at q = 1e-20
            return new BrentSolver(relativeAccuracy, absoluteAccuracy, 0).solve(10_000, f::applyAsDouble, lo, hi);
        } catch (RuntimeException e) {
            throw failure(what + " (root finding on [" + lo + ", " + hi + "])", e);
        }
    }

    /** The exception for a numerical failure on valid input: not an IllegalArgumentException, by the convention. */
    static IllegalStateException failure(String what, Throwable cause) {
        return new IllegalStateException("numerical failure computing " + what + " for valid input: " + cause.getMessage()
                + " (a defect of BrokerLab's analytic layer: please report it with the parameters)", cause);
    }
}
