package brokerlab.protocol.quorum;

import brokerlab.util.Check;

/**
 * The clients of a quorum-store run: {@code clients} closed-loop processes, client p running next to server
 * {@code p mod nodes} and using it as coordinator (an application server in that server's zone, so a partition
 * cuts clients off together with their server); each thinks for an exponential time of mean {@code thinkTime} ms,
 * then reads (with probability {@code readFraction}) or writes a fresh value to one of {@code keys} keys chosen
 * uniformly, and gives up after {@code clientTimeout} ms. Clients issue operations for {@code duration} ms.
 * A client writes with the context (vector clock) of its last read or write of the key, as Dynamo's put does.
 * With {@code singleWriter}, key k is written only by client {@code k mod clients} (the others read it): the
 * no-concurrent-writers case that quorum theory makes claims about.
 */
public record QuorumWorkload(int clients, int keys, double readFraction, double thinkTime, double clientTimeout, double duration,
                             boolean singleWriter) {
    public QuorumWorkload {
        Check.atLeast("clients", clients, 1);
        Check.atLeast("keys", keys, 1);
        Check.probability("readFraction", readFraction);
        Check.positive("thinkTime", thinkTime);
        Check.positive("clientTimeout", clientTimeout);
        Check.positive("duration", duration);
    }

    /** {@code clients} clients on {@code keys} keys, half reads, 5 ms think time, 60 ms client timeout, for {@code duration} ms. */
    public static QuorumWorkload of(int clients, int keys, double duration) {
        return new QuorumWorkload(clients, keys, 0.5, 5, 60, duration, false);
    }

    public QuorumWorkload readFraction(double f) {
        return new QuorumWorkload(clients, keys, f, thinkTime, clientTimeout, duration, singleWriter);
    }

    public QuorumWorkload thinkTime(double ms) {
        return new QuorumWorkload(clients, keys, readFraction, ms, clientTimeout, duration, singleWriter);
    }

    public QuorumWorkload clientTimeout(double ms) {
        return new QuorumWorkload(clients, keys, readFraction, thinkTime, ms, duration, singleWriter);
    }

    /** Each key written by one client only ({@code key mod clients}); a client drawn to write another's key reads it. */
    public QuorumWorkload singleWriter(boolean on) {
        return new QuorumWorkload(clients, keys, readFraction, thinkTime, clientTimeout, duration, on);
    }
}
