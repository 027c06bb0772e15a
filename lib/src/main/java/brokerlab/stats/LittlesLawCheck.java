package brokerlab.stats;

import brokerlab.util.Check;

import java.util.Locale;

/**
 * An invariant check of Little's law {@code L = λ W} (Little, "A proof for the queuing formula L = λW",
 * Oper. Res. 9(3), 1961): the time-average number in the system equals the throughput times the mean time in the
 * system, for any stationary system whatever the distributions and discipline. A simulation that breaks it loses
 * or double-counts jobs, or measures L and W over different windows.
 *
 * <p>In a finite run the two sides differ by edge effects (jobs in the system at the start and end), so compare
 * with a tolerance that shrinks with run length. Use the throughput of ADMITTED jobs when some are rejected.
 */
public record LittlesLawCheck(double arrivalRate, double meanTimeInSystem, double meanNumberInSystem) {

    public LittlesLawCheck {
        Check.nonNegative("arrivalRate", arrivalRate);
        Check.nonNegative("meanTimeInSystem", meanTimeInSystem);
        Check.nonNegative("meanNumberInSystem", meanNumberInSystem);
    }

    /** λ W. */
    public double predictedNumberInSystem() {
        return arrivalRate * meanTimeInSystem;
    }

    /** {@code |λW - L| / L}; 0 when both sides are 0, infinite when only L is 0. */
    public double relativeError() {
        double lw = predictedNumberInSystem();
        if (meanNumberInSystem == 0) return lw == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        return Math.abs(lw - meanNumberInSystem) / meanNumberInSystem;
    }

    /** True when the relative error is at most {@code tolerance} (e.g. 0.01 for 1%). */
    public boolean holds(double tolerance) {
        Check.nonNegative("tolerance", tolerance);
        return relativeError() <= tolerance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Little: L = %.6g, λW = %.6g × %.6g = %.6g (relative error %.3g)",
                meanNumberInSystem, arrivalRate, meanTimeInSystem, predictedNumberInSystem(), relativeError());
    }
}
