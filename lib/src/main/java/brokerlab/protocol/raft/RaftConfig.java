package brokerlab.protocol.raft;

import brokerlab.util.Check;

/**
 * Raft timing, in ms: election timeouts are drawn uniformly from [electionTimeout, electionTimeout + electionRange]
 * (Ongaro and Ousterhout 2014, section 5.2 and 9.3 use [T, 2T] with T = 150 ms, i.e. range = T), the leader sends
 * heartbeats every {@code heartbeat} ms (well below the timeout), and a client retries after {@code clientTimeout}.
 */
public record RaftConfig(double electionTimeout, double electionRange, double heartbeat, double clientTimeout) {
    public RaftConfig {
        Check.positive("electionTimeout", electionTimeout);
        Check.positive("electionRange", electionRange);
        Check.positive("heartbeat", heartbeat);
        Check.positive("clientTimeout", clientTimeout);
        if (!(heartbeat < electionTimeout))
            throw Check.fail("heartbeat", heartbeat, "it must be < electionTimeout (" + electionTimeout + ")",
                    "followers would time out between heartbeats; use about a third of the timeout");
    }

    /** The paper's 150-300 ms range with 50 ms heartbeats. */
    public static RaftConfig defaults() {
        return new RaftConfig(150, 150, 50, 1000);
    }

    /** Timeouts in [T, 2T]. */
    public static RaftConfig of(double electionTimeout, double heartbeat, double clientTimeout) {
        return new RaftConfig(electionTimeout, electionTimeout, heartbeat, clientTimeout);
    }

    /** The same with another width of the randomisation range (narrow ranges cause split votes). */
    public RaftConfig withRange(double range) {
        return new RaftConfig(electionTimeout, range, heartbeat, clientTimeout);
    }

    /** Timeouts scaled to a network whose largest round trip is {@code maxRoundTrip} ms (broadcast time << timeout). */
    public static RaftConfig forRoundTrip(double maxRoundTrip) {
        double t = Math.max(150, 10 * maxRoundTrip);
        return new RaftConfig(t, t, t / 3, 5 * t);
    }
}
