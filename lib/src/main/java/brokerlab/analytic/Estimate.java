package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * A performance number together with the method that produced it, or an explicit statement that the quantity is
 * infinite and why. Approximations are only as good as their method, so the method travels with the value; an
 * infinite mean (heavy-tailed service, e.g. M/G/1 with E[S^2] = infinity) is a fact to report, never a silent
 * {@code Infinity} or {@code NaN} inside a double.
 *
 * <pre>{@code
 * Estimate w = MG1.of(0.5, 1.0, Double.POSITIVE_INFINITY).meanWait();
 * if (!w.isFinite()) System.out.println(w);   // "infinite (Pollaczek–Khinchine): M/G/1 mean wait is infinite because E[S^2] is infinite"
 * }</pre>
 */
public sealed interface Estimate permits Estimate.Finite, Estimate.Infinite {

    /** Which formula produced the number, e.g. "Erlang C (exact)" or "Allen–Cunneen (approximation)". */
    String method();

    boolean isFinite();

    /** The value; for an {@link Infinite} estimate this throws with the reason, so no Infinity leaks into arithmetic. */
    double value();

    /** The value, or +Infinity for an infinite estimate: an explicit opt-in, e.g. for plotting a curve that blows up. */
    default double valueOrInfinity() {
        return isFinite() ? value() : Double.POSITIVE_INFINITY;
    }

    /** value + constant (e.g. mean wait + mean service = mean response); infinite stays infinite. */
    Estimate plus(double constant);

    /** value * factor (e.g. Little's law L = lambda W); infinite stays infinite. */
    Estimate times(double factor);

    static Estimate of(double value, String method) {
        return new Finite(value, method);
    }

    static Estimate infinite(String method, String reason) {
        return new Infinite(method, reason);
    }

    /** A finite value and its method. */
    record Finite(double value, String method) implements Estimate {
        public Finite {
            Check.finite("value", value);
            Check.notNull("method", method);
        }
        @Override public boolean isFinite() { return true; }
        @Override public Estimate plus(double constant) { return new Finite(value + constant, method); }
        @Override public Estimate times(double factor) { return new Finite(value * factor, method); }
        @Override public String toString() { return value + " (" + method + ")"; }
    }

    /** An infinite quantity, with the condition that makes it infinite. */
    record Infinite(String method, String reason) implements Estimate {
        public Infinite {
            Check.notNull("method", method);
            Check.notNull("reason", reason);
        }
        @Override public boolean isFinite() { return false; }
        @Override public double value() {
            throw new ArithmeticException("no finite value: " + reason);
        }
        @Override public Estimate plus(double constant) { return this; }
        @Override public Estimate times(double factor) { return this; }
        @Override public String toString() { return "infinite (" + method + "): " + reason; }
    }
}
