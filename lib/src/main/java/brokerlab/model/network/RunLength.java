package brokerlab.model.network;

import brokerlab.util.Check;

/**
 * How long one replication runs: statistics are discarded during {@code warmup} (the initial transient from an
 * empty system) and collected over the following {@code duration} time units.
 */
public record RunLength(double warmup, double duration) {
    public RunLength {
        Check.nonNegative("warmup", warmup);
        Check.positive("duration", duration);
    }

    public static RunLength of(double warmup, double duration) {
        return new RunLength(warmup, duration);
    }

    public double end() {
        return warmup + duration;
    }
}
