package brokerlab.util;

/**
 * Validation at the public boundary. Every message names the parameter, the value, the rule and the fix,
 * so that a notebook user reads one line instead of a stack trace from deep inside a model:
 * {@code arrivalRate = -1.0 is invalid: it must be > 0 (a rate in jobs per unit time)}.
 *
 * <p>All checks are written as {@code !(x > 0)} rather than {@code x <= 0} so that NaN is rejected too.
 *
 * <p>One convention for exceptions across the library, so that a failure is never mistaken for the caller's
 * mistake: {@link IllegalArgumentException} (what this class throws) means the input is bad, and the command line
 * reports it as such (exit 2, one line). A failure to compute an answer for input that passed these checks is a
 * defect of the library and is thrown as {@link IllegalStateException} (or {@link ArithmeticException} for a
 * quantity that is mathematically undefined, e.g. an infinite mean), never as an IllegalArgumentException (exit 1,
 * "internal error"). Third-party numerics that signal with IllegalArgumentException subclasses, such as
 * commons-math's {@code NoBracketingException}, are caught at the call and rethrown that way (see the analytic
 * package's root finder).
 */
public final class Check {
    private Check() {}

    /** Thrown for bad input; the message is meant for the person who typed the value. */
    public static IllegalArgumentException fail(String name, Object value, String rule, String fix) {
        String text = name + " = " + value + " is invalid: " + rule + (fix == null || fix.isEmpty() ? "" : "; " + fix);
        return new IllegalArgumentException(text);
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) throw fail(name, value, "it must be a finite number", "pass a real value");
        return value;
    }

    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value))
            throw fail(name, value, "it must be > 0 and finite", "pass a positive value");
        return value;
    }

    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value))
            throw fail(name, value, "it must be >= 0 and finite", "pass zero or a positive value");
        return value;
    }

    public static int atLeast(String name, int value, int min) {
        if (value < min) throw fail(name, value, "it must be >= " + min, "pass an integer of at least " + min);
        return value;
    }

    public static long atLeast(String name, long value, long min) {
        if (value < min) throw fail(name, value, "it must be >= " + min, "pass an integer of at least " + min);
        return value;
    }

    public static double atLeast(String name, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value))
            throw fail(name, value, "it must be >= " + min + " and finite", "pass a value of at least " + min);
        return value;
    }

    public static double greaterThan(String name, double value, double bound) {
        if (!(value > bound) || Double.isInfinite(value))
            throw fail(name, value, "it must be > " + bound + " and finite", "pass a value above " + bound);
        return value;
    }

    /** A probability in the closed interval [0, 1]. */
    public static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) throw fail(name, value, "it must be a probability in [0, 1]", null);
        return value;
    }

    /** A probability strictly below one, e.g. a failure probability that retries must eventually escape. */
    public static double probabilityBelowOne(String name, double value) {
        if (!(value >= 0 && value < 1))
            throw fail(name, value, "it must be in [0, 1)", "with probability 1 the job never leaves; lower it");
        return value;
    }

    /** A level strictly inside (0, 1), e.g. a percentile 0.99 or a confidence level 0.95. */
    public static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) throw fail(name, value, "it must lie strictly between 0 and 1", "e.g. 0.99 for p99");
        return value;
    }

    /**
     * Stability of a queue with infinite buffer: utilisation rho = lambda / (c mu) must be below one.
     * The message is the one the brief asks for: "utilisation 1.2 >= 1: the queue is unstable".
     */
    public static double stable(double utilization) {
        return stable("utilisation", utilization);
    }

    /** As {@link #stable(double)}, naming where the utilisation comes from (a station, a stage). */
    public static double stable(String what, double utilization) {
        if (!(utilization < 1)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s %.4g >= 1: the queue is unstable (arrivals outpace service, the backlog grows without bound); "
                            + "add servers, speed up service or lower the arrival rate", what, utilization));
        }
        return utilization;
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) throw fail(name, "null", "it is required", "pass a value");
        return value;
    }
}
