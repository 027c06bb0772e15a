package brokerlab.model.dispatch;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.util.Check;

/**
 * The price and the prize of one hedging policy, measured against plain routing on the same farm with the same
 * streams: replication r runs the farm without hedging and with {@code hedging} (common random numbers: both see
 * the same arrivals), and reports the pair's comparison. Run it like any model, so each number comes with its
 * interval and a Sweep over the delay d tabulates the tail gain against the extra load:
 * <pre>{@code
 * Estimates<Measurements> e = Experiment.of(new HedgingTradeoff(farm, Hedging.after(2))).time(100, 3000).replications(4).run();
 * e.get(HedgingTradeoff.TAIL_GAIN);      // p99(plain) / p99(hedged), above 1 for a shorter tail
 * }</pre>
 *
 * @param farm    the farm (its own policy is replaced by plain routing and by {@code hedging})
 * @param hedging the policy to price
 */
public record HedgingTradeoff(Farm farm, Hedging hedging) implements Model<Measurements> {
    /** p99(plain) / p99(hedged) in one replication; above 1 means a shorter tail. */
    public static final Metric TAIL_GAIN = Metric.of("tail_gain", "", Metric.Kind.OTHER);

    public HedgingTradeoff {
        Check.notNull("farm", farm);
        Check.notNull("hedging", hedging);
        farm = farm.withPolicy(Hedging.none());
        farm.withPolicy(hedging);                  // validates: hedging needs two servers
    }

    /**
     * One pair of runs: the hedged p99 response, {@link #TAIL_GAIN}, and the hedged run's
     * {@link DispatchRun#EXTRA_LOAD}, {@link DispatchRun#WASTED_FRACTION} and {@link DispatchRun#HEDGED_FRACTION}.
     */
    @Override
    public Measurements run(RunLength length, long seed, int replication) {
        DispatchRun plain = farm.run(length, seed, replication);
        DispatchRun hedged = farm.withPolicy(hedging).run(length, seed, replication);
        return Measurements.builder().put(Metric.P99_RESPONSE, hedged.p99()).put(TAIL_GAIN, plain.p99() / hedged.p99())
                .put(DispatchRun.EXTRA_LOAD, hedged.extraLoad()).put(DispatchRun.WASTED_FRACTION, hedged.wastedFraction())
                .put(DispatchRun.HEDGED_FRACTION, hedged.hedgedFraction()).build();
    }
}
