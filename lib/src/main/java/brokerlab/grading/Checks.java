package brokerlab.grading;

import brokerlab.stats.ConfidenceInterval;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The checks an assignment's autograded test cells use. Each names the quantity it judges (usually the call the
 * student's code answered, e.g. {@code "waitProbability(3, 2.0)"}), compares with a reference computed by the
 * engine, and on failure throws {@link CheckFailed} with one line of feedback:
 * {@code waitProbability(3, 2.0) returned 0.5000; expected 0.4444 ± 1.000e-06 — check the denominator}.
 *
 * <p>Student code is run through {@link #call(String, DoubleSupplier)} so that an exception thrown by an
 * unfinished answer (the exception thrown by the generated stub) becomes a message pointing back at the answer cell instead of a
 * stack trace from inside the check. Nothing here prints to stderr: nbgrader scores such a cell zero.
 */
public final class Checks {
    private Checks() {}

    /** Runs the student's code and returns its value; an exception becomes a {@link CheckFailed} naming the call. */
    public static double call(String call, DoubleSupplier answer) {
        try {
            return answer.getAsDouble();
        } catch (RuntimeException | StackOverflowError e) {
            throw threw(call, e);
        }
    }

    /** As {@link #call(String, DoubleSupplier)} for an integer answer such as a server count. */
    public static int callInt(String call, IntSupplier answer) {
        try {
            return answer.getAsInt();
        } catch (RuntimeException | StackOverflowError e) {
            throw threw(call, e);
        }
    }

    /** As {@link #call(String, DoubleSupplier)} for any answer object (a confidence interval, an array...). */
    public static <T> T callObject(String call, Supplier<T> answer) {
        T value;
        try {
            value = answer.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw threw(call, e);
        }
        if (value == null) throw new CheckFailed("your " + call + " returned null — return a value");
        return value;
    }

    private static CheckFailed threw(String call, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String fix = e instanceof StackOverflowError
                ? "your recursion never reaches its base case"
                : "implement or fix it in your answer cell above, run that cell, then this one";
        return new CheckFailed("your " + call + " threw " + what + " — " + fix, e);
    }

    /** |got − expected| ≤ tolerance (absolute). */
    public static void close(String name, double got, double expected, double tolerance, String hint) {
        finite(name, got, hint);
        if (!(Math.abs(got - expected) <= tolerance))
            throw new CheckFailed(name + " returned " + fmt(got) + "; expected " + fmt(expected) + " ± " + fmt(tolerance)
                    + tail(hint));
    }

    /** |got − expected| ≤ relativeTolerance · |expected|. */
    public static void closeRelative(String name, double got, double expected, double relativeTolerance, String hint) {
        finite(name, got, hint);
        if (!(Math.abs(got - expected) <= relativeTolerance * Math.abs(expected)))
            throw new CheckFailed(name + " returned " + fmt(got) + "; expected " + fmt(expected) + " within "
                    + fmt(100 * relativeTolerance) + "%" + tail(hint));
    }

    /**
     * A value against a simulated reference: accepted when it lies within the confidence interval widened by
     * {@code slack} on both sides. The slack covers what the interval does not: a model's stated approximation
     * error, or the 5% of intervals that miss.
     */
    public static void withinCi(String name, double got, ConfidenceInterval simulated, double slack, String hint) {
        finite(name, got, hint);
        if (slack < 0 || !Double.isFinite(simulated.halfWidth()))
            throw new IllegalArgumentException("slack = " + slack + " and the interval " + simulated
                    + " are invalid: the slack must be >= 0 and the interval finite; run at least 2 replications");
        double allowed = simulated.halfWidth() + slack;
        if (!(Math.abs(got - simulated.estimate()) <= allowed))
            throw new CheckFailed(name + " returned " + fmt(got) + "; the simulation gives " + fmt(simulated.estimate())
                    + " ± " + fmt(simulated.halfWidth()) + " (" + Math.round(100 * simulated.level()) + "% CI, "
                    + simulated.samples() + " replications), accepted ± " + fmt(allowed) + tail(hint));
    }

    /**
     * A student's own simulation estimate against an exact value: the exact value must lie inside the student's
     * interval widened by {@code slack}.
     */
    public static void covers(String name, ConfidenceInterval got, double exact, double slack, String hint) {
        finite(name, got.estimate(), hint);
        if (!(Math.abs(got.estimate() - exact) <= got.halfWidth() + slack))
            throw new CheckFailed(name + " gave " + fmt(got.estimate()) + " ± " + fmt(got.halfWidth()) + ", which misses "
                    + fmt(exact) + " by more than the slack " + fmt(slack) + tail(hint));
    }

    /** An exact integer answer, such as a number of servers. */
    public static void equal(String name, long got, long expected, String hint) {
        if (got != expected)
            throw new CheckFailed(name + " returned " + got + "; expected " + expected + tail(hint));
    }

    /** low ≤ got ≤ high. */
    public static void between(String name, double got, double low, double high, String hint) {
        finite(name, got, hint);
        if (!(got >= low && got <= high))
            throw new CheckFailed(name + " returned " + fmt(got) + "; expected a value in [" + fmt(low) + ", " + fmt(high) + "]"
                    + tail(hint));
    }

    /** Any other condition; {@code message} is the whole feedback. */
    public static void isTrue(boolean condition, String message) {
        if (!condition) throw new CheckFailed(message);
    }

    /** Confirms a passed check on stdout (never stderr, which nbgrader scores as a failure). */
    public static void ok(String what) {
        System.out.println("OK: " + what);
    }

    private static void finite(String name, double got, String hint) {
        if (!Double.isFinite(got))
            throw new CheckFailed(name + " returned " + got + "; a finite number is expected" + tail(hint));
    }

    private static String tail(String hint) {
        return hint == null || hint.isBlank() ? "" : " — " + hint;
    }

    /** Four significant digits, Locale.ROOT so the message reads the same on every machine. */
    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }
}
