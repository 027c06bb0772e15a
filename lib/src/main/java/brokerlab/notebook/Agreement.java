package brokerlab.notebook;

import brokerlab.display.Rows;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A formula sheet's checks: each library value beside an independently derived one (a closed form worked by hand,
 * another code path, or a simulation's interval), with the tolerance it must meet. A value outside its tolerance
 * stops the notebook at once with both numbers; the checks that pass accumulate, and {@link #latest()} shows those
 * added since the previous call as a table, so each cell ends with its own checks:
 * <pre>{@code
 * var agree = Agreement.start();
 * agree.same("B(3, 2)", ErlangB.blockingProbability(3, 2.0), 4.0 / 19, 1e-12);   // direct sum: 4/19
 * agree.latest()      // check | library | independent | |difference| | tolerance
 * }</pre>
 * A closed-form check passes when |library − independent| ≤ tol · max(1, |independent|): relative for values
 * above one, absolute below (probabilities, small times). Not thread-safe: use it on the notebook's thread.
 */
public final class Agreement {
    private final List<Object[]> rows = new ArrayList<>();
    private int shown;
    private double worst;
    private String worstCheck = "";

    private Agreement() {}

    /** An empty sheet. */
    public static Agreement start() {
        return new Agreement();
    }

    /**
     * Checks that {@code library} equals {@code independent} within {@code relativeTolerance} (see the class
     * comment); throws {@link IllegalStateException} naming the check and both values when it does not.
     */
    public Agreement same(String what, double library, double independent, double relativeTolerance) {
        Check.notNull("what", what);
        Check.nonNegative("relativeTolerance", relativeTolerance);
        double diff = Math.abs(library - independent);
        double scale = Math.max(1, Math.abs(independent));
        if (!(diff <= relativeTolerance * scale)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: library %.12g differs from the independent %.12g "
                    + "by %.3g, more than the tolerance %.3g: a bug in lib or in the derivation", what, library, independent, diff,
                    relativeTolerance * scale));
        }
        record(what, diff / scale);
        rows.add(new Object[] {what, library, independent, diff, relativeTolerance * scale});
        return this;
    }

    /**
     * Checks that a simulation's interval lies within {@code halfWidths} of its half-widths of the library's value
     * (3 makes a false alarm all but impossible for an honest 95% interval); throws when it does not.
     */
    public Agreement inside(String what, double library, ConfidenceInterval simulated, double halfWidths) {
        Check.notNull("what", what);
        Check.notNull("simulated", simulated);
        Check.positive("halfWidths", halfWidths);
        double diff = Math.abs(simulated.estimate() - library), allowed = halfWidths * simulated.halfWidth();
        if (!(diff <= allowed)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: library %.6g is %.3g from the simulated %s, more "
                    + "than %.1f half-widths: the formula or the simulation is wrong here", what, library, diff, simulated, halfWidths));
        }
        record(what, diff / Math.max(1, Math.abs(library)));
        rows.add(new Object[] {what, library, simulated, diff, allowed});
        return this;
    }

    private void record(String what, double relative) {
        if (relative >= worst) {
            worst = relative;
            worstCheck = what;
        }
    }

    /** The checks added since the previous call (all of them the first time), as a table. */
    public Rows latest() {
        Rows t = Rows.of("check", "library", "independent", "|difference|", "tolerance");
        for (Object[] r : rows.subList(shown, rows.size())) t.add(r);
        shown = rows.size();
        return t;
    }

    /** Checks passed so far. */
    public int count() {
        return rows.size();
    }

    /** The largest difference so far relative to max(1, |independent value|). */
    public double worstRelativeDifference() {
        return worst;
    }

    /** The check with that largest difference ("" before any check). */
    public String worstCheck() {
        return worstCheck;
    }
}
