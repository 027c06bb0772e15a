package brokerlab.protocol.twopc;

import brokerlab.util.Check;

/**
 * Two-phase commit knobs, times in ms: each participant votes no with {@code abortProbability}; the coordinator
 * aborts a transaction whose votes have not all arrived after {@code voteTimeout}; an undecided participant
 * (prepared, waiting for the outcome) and a coordinator missing acknowledgements retry every {@code retryInterval}.
 */
public record TwoPcConfig(double abortProbability, double voteTimeout, double retryInterval) {
    public TwoPcConfig {
        Check.probability("abortProbability", abortProbability);
        Check.positive("voteTimeout", voteTimeout);
        Check.positive("retryInterval", retryInterval);
    }

    public static TwoPcConfig defaults() {
        return new TwoPcConfig(0, 500, 200);
    }
}
