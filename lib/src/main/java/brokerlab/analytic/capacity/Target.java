package brokerlab.analytic.capacity;

import brokerlab.util.Check;

/** What the capacity planner must achieve; every target is "metric &lt;= threshold". */
public sealed interface Target {

    /** The bound the metric must not exceed. */
    double threshold();

    /** A phrase for reports, e.g. {@code "mean response <= 0.2"}. */
    String describe();

    /** E[T] &lt;= seconds. */
    record MeanResponseAtMost(double seconds) implements Target {
        public MeanResponseAtMost { Check.positive("seconds", seconds); }
        @Override public double threshold() { return seconds; }
        @Override public String describe() { return "mean response <= " + seconds; }
    }

    /** The q-quantile of T &lt;= seconds, e.g. p99 &lt;= 0.5. */
    record ResponsePercentileAtMost(double q, double seconds) implements Target {
        public ResponsePercentileAtMost {
            Check.openUnit("q", q);
            Check.positive("seconds", seconds);
        }
        @Override public double threshold() { return seconds; }
        @Override public String describe() {
            // p99, p99.9, p50: the percentile as people write it, without a trailing ".0"
            return "response p" + new java.math.BigDecimal(Double.toString(100 * q)).stripTrailingZeros().toPlainString()
                    + " <= " + seconds;
        }
    }

    /** P(an arrival waits) &lt;= probability. */
    record WaitProbabilityAtMost(double probability) implements Target {
        public WaitProbabilityAtMost { Check.openUnit("probability", probability); }
        @Override public double threshold() { return probability; }
        @Override public String describe() { return "wait probability <= " + probability; }
    }

    /** P(rejected) &lt;= probability with room for {@code capacity} jobs in total (M/M/c/K with K = capacity). */
    record RejectionProbabilityAtMost(double probability, int capacity) implements Target {
        public RejectionProbabilityAtMost {
            Check.openUnit("probability", probability);
            Check.atLeast("capacity", capacity, 1);
        }
        @Override public double threshold() { return probability; }
        @Override public String describe() { return "rejection probability <= " + probability + " with capacity " + capacity; }
    }
}
