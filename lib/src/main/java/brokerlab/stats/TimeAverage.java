package brokerlab.stats;

import brokerlab.util.Check;

/**
 * Time-weighted average of a piecewise-constant quantity such as the number in queue or the number of busy
 * servers: {@code (1/(T - t0)) ∫ q(t) dt}. This is the L of Little's law, not the average over events (which
 * over-weights busy periods: Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §1.4.3).
 *
 * <p>Call {@link #update(double, double)} at every change, with the time of the change and the new value.
 * Constant memory. Mutable, not thread-safe.
 */
public final class TimeAverage {
    private double start;
    private double last;
    private double value;
    private double area;
    private double max;

    /** Starts at time 0 with value 0 (an empty system). */
    public TimeAverage() {
        this(0.0, 0.0);
    }

    public TimeAverage(double startTime, double initialValue) {
        this.start = Check.finite("startTime", startTime);
        this.last = startTime;
        this.value = Check.finite("initialValue", initialValue);
        this.max = initialValue;
    }

    /** The quantity changes to {@code newValue} at time {@code now} (now must not go back in time). */
    public void update(double now, double newValue) {
        advance(now);
        value = Check.finite("newValue", newValue);
        if (newValue > max) max = newValue;
    }

    private void advance(double now) {
        if (!(now >= last) || Double.isInfinite(now)) {
            throw Check.fail("now", now, "it must be >= the last update time " + last + " and finite",
                    "call update in time order");
        }
        area += value * (now - last);
        last = now;
    }

    /** The time average over [start, until]; until must be after the start and not before the last update. */
    public double mean(double until) {
        if (!(until >= last) || Double.isInfinite(until)) {
            throw Check.fail("until", until, "it must be >= the last update time " + last + " and finite",
                    "pass the end of the observation window");
        }
        if (!(until > start)) {
            throw Check.fail("until", until, "it must be > the start time " + start, "observe for a positive duration");
        }
        return (area + value * (until - last)) / (until - start);
    }

    /**
     * Forgets the history before {@code now} and starts averaging again from there, keeping the current value:
     * use it at the end of the warm-up period.
     */
    public void reset(double now) {
        advance(now);
        area = 0;
        start = now;
        max = value;
    }

    /** The current value of the quantity. */
    public double current() { return value; }

    /** The largest value seen since the start (or the last reset). */
    public double max() { return max; }

    public double startTime() { return start; }
}
