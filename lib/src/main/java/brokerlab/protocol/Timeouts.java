package brokerlab.protocol;

import brokerlab.util.Check;

/**
 * Every timer a protocol run uses, in ms, with one meaning for every protocol so that a command-line flag or a
 * notebook slider sets the same thing whatever the protocol:
 * <ul>
 *   <li>{@code election}: the failure-detection timeout. Raft and Multi-Paxos draw election timeouts uniformly
 *       from [election, election + electionRange] (Ongaro and Ousterhout 2014, sections 5.2 and 9.3: [T, 2T]);
 *       PBFT uses it as the view-change timeout (doubling for each further view, Castro and Liskov 1999, section
 *       4.5.2); two-phase commit as the coordinator's vote timeout; primary-backup as the coordination service's
 *       session timeout.</li>
 *   <li>{@code heartbeat}: the leader's heartbeat (Raft, Paxos), the session-ping interval (primary-backup), the
 *       retry interval of undecided participants and unacknowledged decisions (two-phase commit). It must be below
 *       {@code election}, or followers would time out between heartbeats.</li>
 *   <li>{@code client}, {@code backoff}, {@code maxAttempts}: the retry policy of the client. A request unanswered
 *       after {@code client} ms is retried; the k-th retry waits {@code client * backoff^k}; after
 *       {@code maxAttempts} timeouts the client gives up (0: never).</li>
 *   <li>{@code availability}: the client-side availability threshold. A request that takes longer than this
 *       (or never completes) makes its whole wait count as unavailable time seen by the client.</li>
 * </ul>
 */
public record Timeouts(double election, double electionRange, double heartbeat, double client, double backoff,
                       int maxAttempts, double availability) {
    public Timeouts {
        Check.positive("election", election);
        Check.nonNegative("electionRange", electionRange);
        Check.positive("heartbeat", heartbeat);
        Check.positive("client", client);
        Check.atLeast("backoff", backoff, 1.0);
        Check.atLeast("maxAttempts", maxAttempts, 0);
        Check.positive("availability", availability);
        if (!(heartbeat < election))
            throw Check.fail("heartbeat", heartbeat, "it must be < the election timeout (" + election + ")",
                    "followers would time out between heartbeats; use about a third of the timeout");
    }

    /** Election timeouts in [T, 2T], no backoff, unlimited retries, a 50 ms availability threshold. */
    public static Timeouts of(double election, double heartbeat, double client) {
        return new Timeouts(election, election, heartbeat, client, 1, 0, 50);
    }

    /**
     * Raft's scaling rule for a network whose largest round trip is {@code rtt} ms: broadcast time well below the
     * election timeout (section 5.6), so T = max(150, 10 rtt), heartbeats every T/3, a client that retries after
     * 2T (the longest first election timer, so a retry does not outlive the failover it waits for) and an
     * availability threshold of max(50, 5 rtt).
     */
    public static Timeouts forRoundTrip(double rtt) {
        Check.nonNegative("rtt", rtt);
        double t = Math.max(150, 10 * rtt);
        return new Timeouts(t, t, t / 3, 2 * t, 1, 0, availabilityFor(rtt));
    }

    /** The default availability threshold: max(50, 5 rtt) ms, well above a failure-free response. */
    public static double availabilityFor(double rtt) {
        return Math.max(50, 5 * rtt);
    }

    public Timeouts withElection(double ms) { return new Timeouts(ms, electionRange, heartbeat, client, backoff, maxAttempts, availability); }
    public Timeouts withRange(double ms) { return new Timeouts(election, ms, heartbeat, client, backoff, maxAttempts, availability); }
    public Timeouts withHeartbeat(double ms) { return new Timeouts(election, electionRange, ms, client, backoff, maxAttempts, availability); }
    public Timeouts withClient(double ms) { return new Timeouts(election, electionRange, heartbeat, ms, backoff, maxAttempts, availability); }
    /** Retry policy: each retry waits {@code factor} times longer; give up after {@code attempts} timeouts (0: never). */
    public Timeouts withRetry(double factor, int attempts) { return new Timeouts(election, electionRange, heartbeat, client, factor, attempts, availability); }
    public Timeouts withAvailability(double ms) { return new Timeouts(election, electionRange, heartbeat, client, backoff, maxAttempts, ms); }

    /** The client's wait before timeout number {@code k + 1} (k = 0 for the first send). */
    public double clientWait(int k) {
        return client * Math.pow(backoff, k);
    }
}
