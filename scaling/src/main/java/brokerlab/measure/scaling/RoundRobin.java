package brokerlab.measure.scaling;

import brokerlab.util.Check;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The client-side balancer: request i goes to node i mod k, whichever user sends it, so every node gets 1/k of the
 * requests (the visit ratio the model uses). Thread-safe, lock-free.
 */
public final class RoundRobin {
    private final int nodes;
    private final AtomicLong next = new AtomicLong();

    public RoundRobin(int nodes) {
        this.nodes = Check.atLeast("nodes", nodes, 1);
    }

    /** The node index for the next request, 0 to nodes - 1. */
    public int next() {
        return (int) Math.floorMod(next.getAndIncrement(), (long) nodes);
    }

    public int nodes() { return nodes; }
}
