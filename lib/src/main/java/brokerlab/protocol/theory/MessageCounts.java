package brokerlab.protocol.theory;

import brokerlab.util.Check;

/**
 * Closed-form replica-to-replica messages per committed operation in the failure-free steady state, exactly as
 * this package's simulations send them (client requests, replies, redirects and heartbeats are counted apart).
 */
public final class MessageCounts {
    private MessageCounts() {}

    /** Raft: one AppendEntries and one response per follower, 2(n-1). */
    public static long raft(int n) {
        Check.atLeast("n", n, 1);
        return 2L * (n - 1);
    }

    /** Multi-Paxos with a stable leader: Accept and Accepted per acceptor other than the leader, 2(n-1); Prepare is paid once per leader. */
    public static long multiPaxos(int n) {
        Check.atLeast("n", n, 1);
        return 2L * (n - 1);
    }

    /** One Paxos phase 1 (Prepare + Promise to every other acceptor), paid once per leader: 2(n-1). */
    public static long paxosPrepare(int n) {
        return 2L * (n - 1);
    }

    /**
     * PBFT (Castro and Liskov 1999, section 4.2): pre-prepare from the primary to n-1 backups; prepare from each
     * of the n-1 backups to the n-1 others; commit from each of the n replicas to the n-1 others:
     * (n-1) + (n-1)^2 + n(n-1) = 2n(n-1). The client adds 1 request and n replies.
     */
    public static long pbft(int n) {
        Check.atLeast("n", n, 1);
        return 2L * n * (n - 1);
    }

    /** Two-phase commit with p participants: Prepare, Vote, Commit, Ack to and from each, 4p. */
    public static long twoPhaseCommit(int participants) {
        Check.atLeast("participants", participants, 1);
        return 4L * participants;
    }

    /** Synchronous primary-backup: Replicate and Ack per backup, 2(n-1). */
    public static long primaryBackup(int n) {
        Check.atLeast("n", n, 1);
        return 2L * (n - 1);
    }

    /**
     * Asynchronous primary-backup shipping every tau ms under Poisson writes at lambda per ms: an interval ships
     * (one Replicate and one Ack per backup) iff it holds at least one write, probability 1 - e^{-lambda tau}, and
     * holds lambda tau writes on average, so messages per write = 2(n-1)(1 - e^{-lambda tau}) / (lambda tau).
     */
    public static double primaryBackupAsync(int n, double writesPerSecond, double shipInterval) {
        Check.atLeast("n", n, 1);
        Check.positive("writesPerSecond", writesPerSecond);
        Check.positive("shipInterval", shipInterval);
        double x = writesPerSecond / 1000.0 * shipInterval;
        return 2.0 * (n - 1) * -Math.expm1(-x) / x;
    }
}
