package brokerlab.protocol.pubsub;

import brokerlab.util.Check;

/**
 * The fault a pub/sub failover run injects, at {@code at} ms after client traffic starts, lasting {@code duration}
 * ms (infinite: for good). Each names a role, not a node, so it hits whoever holds the role at that moment, which a
 * {@link brokerlab.protocol.net.FaultPlan} of fixed nodes cannot say for the ensemble's leader.
 *
 * @param kind     what goes wrong
 * @param at       ms after the start of client traffic
 * @param duration ms until the node recovers or the partition heals
 */
public record FailoverFault(Kind kind, double at, double duration) {
    /** What goes wrong. */
    public enum Kind {
        /** Nothing: the baseline. */
        NONE,
        /** The primary broker crashes (its disk survives). */
        PRIMARY_CRASH,
        /**
         * The primary is cut off from every ensemble server, both ways, but still reaches the backups and the
         * clients: the ensemble expires its session and appoints another primary while the old one may keep serving
         * (a zombie) until its lease runs out or the partition heals.
         */
        PRIMARY_PARTITIONED,
        /** The ensemble's leader crashes: the ensemble elects another, the brokers reconnect their sessions. */
        ENSEMBLE_LEADER_CRASH
    }

    public FailoverFault {
        Check.notNull("kind", kind);
        Check.nonNegative("at", at);
        if (!(duration > 0)) throw Check.fail("duration", duration, "it must be > 0", "use Double.POSITIVE_INFINITY for a fault that lasts");
    }

    /** No fault. */
    public static FailoverFault none() {
        return new FailoverFault(Kind.NONE, 0, Double.POSITIVE_INFINITY);
    }

    /** {@code kind} at {@code at} ms, lasting {@code duration} ms. */
    public static FailoverFault of(Kind kind, double at, double duration) {
        return new FailoverFault(kind, at, duration);
    }
}
