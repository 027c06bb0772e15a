package brokerlab.protocol.raft;

import brokerlab.util.Check;

/**
 * Raft timing, in ms: election timeouts are drawn uniformly from [electionTimeout, 2 electionTimeout]
 * (Ongaro and Ousterhout 2014, section 5.2 suggests 150-300 ms), the leader sends heartbeats every
 * {@code heartbeat} ms (must be well below the timeout), and a client retries a request after {@code clientTimeout}.
 */
public record RaftConfig(double electionTimeout, double heartbeat, double clientTimeout) {
    public RaftConfig {
        Check.positive("electionTimeout", electionTimeout);
        Check.positive("heartbeat", heartbeat);
        Check.positive("clientTimeout", clientTimeout);
        if (!(heartbeat < electionTimeout))
            throw Check.fail("heartbeat", heartbeat, "it must be < electionTimeout (" + electionTimeout + ")",
                    "followers would time out between heartbeats; use about a third of the timeout");
    }

    /** The paper's 150-300 ms range with 50 ms heartbeats. */
    public static RaftConfig defaults() {
        return new RaftConfig(150, 50, 1000);
    }

    /** Timeouts scaled to a network whose largest round trip is {@code maxRoundTrip} ms (broadcast time << timeout). */
    public static RaftConfig forRoundTrip(double maxRoundTrip) {
        double t = Math.max(150, 10 * maxRoundTrip);
        return new RaftConfig(t, t / 3, 5 * t);
    }
}
