package brokerlab.model.network;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A Poisson arrival stream whose rate is piecewise constant in time: a staircase load test. Step k lasts
 * {@code duration} time units at {@code rate} jobs per unit time; after the last step no more jobs arrive.
 * Sampling is exact: within a step the gaps are exponential, and because the exponential is memoryless a gap that
 * crosses a step boundary is redrawn from the boundary at the next step's rate (the standard construction of a
 * non-homogeneous Poisson process with piecewise-constant intensity; Ross, <i>Simulation</i>, 5th ed., 5.5).
 *
 * @param steps the steps in time order, at least one
 */
public record ArrivalSchedule(List<Step> steps) {

    /** One step of the staircase. */
    public record Step(double duration, double rate) {
        public Step {
            Check.positive("duration", duration);
            Check.nonNegative("rate", rate);
        }
    }

    public ArrivalSchedule {
        Check.notNull("steps", steps);
        if (steps.isEmpty()) throw Check.fail("steps", "[]", "a schedule needs at least one step", "e.g. ArrivalSchedule.staircase(600, 10, 20, 30)");
        steps = List.copyOf(steps);
    }

    /** Steps given as pairs {@code duration1, rate1, duration2, rate2, ...}. */
    public static ArrivalSchedule of(double... durationRatePairs) {
        if (durationRatePairs.length == 0 || durationRatePairs.length % 2 != 0) {
            throw Check.fail("durationRatePairs", durationRatePairs.length + " numbers", "it must hold pairs (duration, rate)",
                    "e.g. ArrivalSchedule.of(600, 10, 600, 20)");
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < durationRatePairs.length; i += 2) steps.add(new Step(durationRatePairs[i], durationRatePairs[i + 1]));
        return new ArrivalSchedule(steps);
    }

    /** Equal-length steps at the given rates: {@code staircase(600, 10, 20, 30)}. */
    public static ArrivalSchedule staircase(double stepDuration, double... rates) {
        if (rates.length == 0) throw Check.fail("rates", "[]", "give at least one rate", "e.g. staircase(600, 10, 20, 30)");
        List<Step> steps = new ArrayList<>();
        for (double r : rates) steps.add(new Step(stepDuration, r));
        return new ArrivalSchedule(steps);
    }

    public int size() {
        return steps.size();
    }

    public Step step(int k) {
        return steps.get(k);
    }

    /** Start time of step k (step 0 starts at 0). */
    public double start(int k) {
        double t = 0;
        for (int i = 0; i < k; i++) t += steps.get(i).duration();
        return t;
    }

    public double totalDuration() {
        return start(steps.size());
    }

    /** Index of the step containing time t, or size() when t is past the end. */
    public int stepAt(double t) {
        double end = 0;
        for (int i = 0; i < steps.size(); i++) {
            end += steps.get(i).duration();
            if (t < end) return i;
        }
        return steps.size();
    }

    /** Mean number of arrivals over the whole schedule: sum of rate x duration. */
    public double expectedArrivals() {
        double n = 0;
        for (Step s : steps) n += s.rate() * s.duration();
        return n;
    }
}
