package brokerlab.protocol;

import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.function.BooleanSupplier;

/**
 * A scripted fault scenario's trigger: checks a condition every {@code step} ms of simulated time and runs the
 * action once, the first time it holds. Scenarios use it where a fault must fall between two protocol events (after
 * an entry reached a follower, before the next batch leaves), which fixed times would only hit by calculation.
 */
public final class Watch {
    private Watch() {}

    /** From now on, every {@code step} ms until {@code until}: once {@code condition} holds, run {@code action}. */
    public static void when(Simulator sim, double step, double until, BooleanSupplier condition, Runnable action) {
        Check.positive("step", step);
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (condition.getAsBoolean()) action.run();
            else if (sim.now() + step <= until) sim.schedule(step, poll[0]);
        };
        sim.schedule(0, poll[0]);
    }
}
