package brokerlab.sim;

import java.util.concurrent.atomic.LongAdder;

/**
 * How much this JVM has simulated: customers through the station engines and events fired by the event cores,
 * summed over every run and thread since start-up. The notebook benchmark reads it after a notebook's last cell to
 * report customers and events per second of the reader's wait. Each run adds its totals once, when it ends, never
 * per event: a {@code Simulator} already counts the events it fires, and an event-driven station's events follow from
 * its customers (one arrival each, one departure for each admitted one), so the hot loops gain no work.
 *
 * <p>What counts: every run of the station engines (the FCFS and size-interval recursions, the event-driven
 * stations and the contended thread pool: customers, warm-up included, and their events), and every event a
 * {@link Simulator} fires ({@link Simulator#run}, {@link Simulator#runUntil},
 * or {@link Simulator#reportWork} after stepping by hand). Analytic formulas simulate nothing and add nothing.
 */
public final class SimulatedWork {
    private static final LongAdder CUSTOMERS = new LongAdder(), EVENTS = new LongAdder();

    private SimulatedWork() {
    }

    /** The totals so far. */
    public record Totals(long customers, long events) {
    }

    /** Adds one finished run's customers and events. */
    public static void add(long customers, long events) {
        if (customers < 0 || events < 0) {
            throw new IllegalArgumentException("customers = " + customers + ", events = " + events + ": counts must be >= 0");
        }
        CUSTOMERS.add(customers);
        EVENTS.add(events);
    }

    /** The customers and events simulated in this JVM so far. */
    public static Totals totals() {
        return new Totals(CUSTOMERS.sum(), EVENTS.sum());
    }
}
