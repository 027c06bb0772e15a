package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.Locale;

/**
 * How long one replication runs, warm-up included: either a number of customers (arrivals) or a stretch of
 * simulated (or, for a measurement, wall-clock) time. Statistics are discarded during the warm-up, the initial
 * transient from an empty, idle system, and collected over what follows.
 *
 * <p>Every {@link Model} accepts both kinds. A model whose clock is naturally one kind converts the other through
 * its mean arrival rate lambda ({@link #inCustomers(double)}, {@link #inTime(double)}): {@code time(w, d)} is
 * {@code customers(round(lambda w), round(lambda d))} and back. A closed system with no arrival rate converts
 * through its throughput bound; the model's Javadoc says which rate it uses.
 * <pre>{@code
 * RunLength.customers(200_000)          // 20,000 warm-up arrivals (the default tenth), then 200,000 measured
 * RunLength.customers(0, 50_000)        // no warm-up
 * RunLength.time(100, 5_000)            // 100 time units of warm-up, then 5,000 measured
 * }</pre>
 */
public sealed interface RunLength permits RunLength.Customers, RunLength.Time {

    /** The same kind of length with warm-up and measured part multiplied by {@code factor} (run-length control). */
    RunLength times(double factor);

    /** This length in customers, converting a time length at {@code arrivalRate} arrivals per unit time. */
    Customers inCustomers(double arrivalRate);

    /** This length in time units, converting a customer count at {@code arrivalRate} arrivals per unit time. */
    Time inTime(double arrivalRate);

    /** The measured part as a plain number: customers or time units. */
    double measuredAmount();

    /** {@code measured} arrivals after a warm-up of {@code measured / 10} (about 9% of the arrivals simulated). */
    static Customers customers(long measured) {
        Check.atLeast("customers", measured, 2L);
        return new Customers(measured / 10, measured);
    }

    static Customers customers(long warmup, long measured) {
        return new Customers(warmup, measured);
    }

    static Time time(double warmup, double duration) {
        return new Time(warmup, duration);
    }

    /**
     * Arrivals: the first {@code warmup} are discarded, the next {@code measured} are followed to their departure.
     *
     * @param warmup   discarded arrivals, at least 0
     * @param measured measured arrivals, at least 2 (an observation window runs from the first to the last)
     */
    record Customers(long warmup, long measured) implements RunLength {
        public Customers {
            Check.atLeast("warmup", warmup, 0L);
            Check.atLeast("customers", measured, 2L);
            if (measured > Long.MAX_VALUE - warmup) {
                throw Check.fail("customers", measured, "warm-up plus measured customers overflow a long", "ask for fewer customers");
            }
        }

        @Override public Customers times(double factor) {
            Check.positive("factor", factor);
            return new Customers(Math.round(warmup * factor), Math.max(2, Math.round(measured * factor)));
        }

        @Override public Customers inCustomers(double arrivalRate) { return this; }

        @Override public Time inTime(double arrivalRate) {
            Check.positive("arrivalRate", arrivalRate);
            return new Time(warmup / arrivalRate, measured / arrivalRate);
        }

        @Override public double measuredAmount() { return measured; }

        /** Warm-up plus measured arrivals. */
        public long total() { return warmup + measured; }

        @Override public String toString() {
            return String.format(Locale.ROOT, "%,d customers after %,d warm-up", measured, warmup);
        }
    }

    /**
     * Time: statistics are discarded during {@code warmup} and collected over the following {@code duration}.
     *
     * @param warmup   discarded time, at least 0
     * @param duration measured time, above 0
     */
    record Time(double warmup, double duration) implements RunLength {
        public Time {
            Check.nonNegative("warmup", warmup);
            Check.positive("duration", duration);
        }

        @Override public Time times(double factor) {
            Check.positive("factor", factor);
            return new Time(warmup * factor, duration * factor);
        }

        @Override public Customers inCustomers(double arrivalRate) {
            Check.positive("arrivalRate", arrivalRate);
            return new Customers(Math.round(warmup * arrivalRate), Math.max(2, Math.round(duration * arrivalRate)));
        }

        @Override public Time inTime(double arrivalRate) { return this; }

        @Override public double measuredAmount() { return duration; }

        /** The time at which measurement stops: warm-up plus duration. */
        public double end() { return warmup + duration; }

        @Override public String toString() {
            return String.format(Locale.ROOT, "%.6g time units after %.6g warm-up", duration, warmup);
        }
    }
}
