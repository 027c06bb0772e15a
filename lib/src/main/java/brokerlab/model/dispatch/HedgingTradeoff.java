package brokerlab.model.dispatch;

import brokerlab.experiment.Replications;
import brokerlab.model.network.RunLength;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.List;

/**
 * The price and the prize of one hedging policy, measured against plain routing on the same farm with the same
 * seeds (common random numbers: replication r of both sees the same arrivals). Each number is a replication mean
 * with its 95% half-width, so a Sweep over the delay d tabulates the tail gain against the extra load.
 *
 * @param delay            hedge delay d
 * @param p99              p99 response with hedging
 * @param p99HalfWidth     its 95% half-width
 * @param tailGain         mean over replications of p99(plain) / p99(hedged); above 1 means a shorter tail
 * @param tailGainHalfWidth its 95% half-width
 * @param extraLoad        {@link DispatchResult#extraLoad()}: net extra server work per request, in units of E[S]
 * @param extraLoadHalfWidth its 95% half-width
 * @param wastedFraction   {@link DispatchResult#wastedFraction()}
 * @param hedgedFraction   fraction of requests that got a second copy
 */
public record HedgingTradeoff(double delay, double p99, double p99HalfWidth, double tailGain, double tailGainHalfWidth,
                              double extraLoad, double extraLoadHalfWidth, double wastedFraction, double hedgedFraction) {

    /** Runs {@code replications} of plain routing and of {@code hedging} on {@code farm} and compares them. */
    public static HedgingTradeoff measure(Farm farm, Hedging hedging, RunLength length, long seed, int replications) {
        Check.atLeast("replications", replications, 2);
        List<DispatchResult[]> pairs = Replications.run(replications, r -> new DispatchResult[] {
                HedgingSimulation.run(farm, Hedging.none(), length, seed, r),
                HedgingSimulation.run(farm, hedging, length, seed, r)});
        ConfidenceInterval p99 = Replications.ci95(pairs, x -> x[1].p99());
        ConfidenceInterval gain = Replications.ci95(pairs, x -> x[0].p99() / x[1].p99());
        ConfidenceInterval extra = Replications.ci95(pairs, x -> x[1].extraLoad());
        ConfidenceInterval wasted = Replications.ci95(pairs, x -> x[1].wastedFraction());
        ConfidenceInterval hedged = Replications.ci95(pairs, x -> x[1].hedgedFraction());
        return new HedgingTradeoff(hedging.delay(), p99.estimate(), p99.halfWidth(), gain.estimate(), gain.halfWidth(),
                extra.estimate(), extra.halfWidth(), wasted.estimate(), hedged.estimate());
    }
}
