package brokerlab.protocol.broadcast;

import brokerlab.util.Check;

/**
 * A group-broadcast run: {@code processes} members each broadcast at Poisson times ({@code rate} per second) for
 * {@code duration} ms, and answer a message they deliver with a broadcast of their own with probability
 * {@code replyProbability} (a chat reply: the reply causally follows the message, which is what causal order is
 * for; keep {@code (processes - 1) * replyProbability < 1} or replies multiply without end). Each transmission
 * waits an extra exponential delay of mean {@code reorderDelay} ms before it enters the network (a busy sender
 * thread, a retry queue), so messages overtake each other; the network loses each with probability {@code loss};
 * senders retransmit every {@code retransmitTimeout} ms until the receiver acknowledges, so every message is
 * eventually received by all, and the orders differ only in when they deliver.
 */
public record BroadcastConfig(int processes, double rate, double replyProbability, double reorderDelay,
                              double retransmitTimeout, double loss, double duration) {
    public BroadcastConfig {
        Check.atLeast("processes", processes, 2);
        Check.positive("rate", rate);
        Check.probability("replyProbability", replyProbability);
        if ((processes - 1) * replyProbability >= 1)
            throw Check.fail("replyProbability", replyProbability, "(processes - 1) * replyProbability must be < 1",
                    "each message would cause on average one reply or more, without end; lower it below " + 1.0 / (processes - 1));
        Check.nonNegative("reorderDelay", reorderDelay);
        Check.positive("retransmitTimeout", retransmitTimeout);
        Check.probabilityBelowOne("loss", loss);
        Check.positive("duration", duration);
    }

    /** 5 members, 50 broadcasts/s each, replies with probability 0.15, 1 ms reordering, 5 ms retransmission, 5% loss. */
    public static BroadcastConfig of(double duration) {
        return new BroadcastConfig(5, 50, 0.15, 1, 5, 0.05, duration);
    }

    public BroadcastConfig loss(double p) {
        return new BroadcastConfig(processes, rate, replyProbability, reorderDelay, retransmitTimeout, p, duration);
    }

    public BroadcastConfig reorderDelay(double ms) {
        return new BroadcastConfig(processes, rate, replyProbability, ms, retransmitTimeout, loss, duration);
    }
}
