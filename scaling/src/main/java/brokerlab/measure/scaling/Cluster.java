package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.ValkeyEndpoint;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * k application nodes of one protocol on loopback ports, all on the same Valkey, started together and stopped
 * together. Starting checks Valkey first (one PING), then binds the nodes one by one; if any step fails, the nodes
 * already started are stopped and one line says which node, which port and the fix.
 * <pre>{@code
 * try (Cluster c = Cluster.start(Protocol.GRPC, 3, valkey.endpoint(), 0, 4, "demo");
 *      JukeboxClient client = c.connect()) {
 *     long id = client.enqueue("So What");   // node 1, then 2, 3, 1, ...
 * }
 * }</pre>
 */
public final class Cluster implements AutoCloseable {
    private final Protocol protocol;
    private final ValkeyEndpoint valkey;
    private final List<AppNode> nodes;

    private Cluster(Protocol protocol, ValkeyEndpoint valkey, List<AppNode> nodes) {
        this.protocol = protocol;
        this.valkey = valkey;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code k} nodes on ports {@code basePort}, {@code basePort + 1}, ... (free ones when basePort is 0),
     * each with {@code threads} workers and its own Valkey pool, in jukebox room {@code room}.
     */
    public static Cluster start(Protocol protocol, int k, ValkeyEndpoint valkey, int basePort, int threads, String room) {
        return start(protocol, k, valkey, basePort, threads, room, false);
    }

    /**
     * As {@link #start(Protocol, int, ValkeyEndpoint, int, int, String)}, with each node a child JVM of its own when
     * {@code processes} is true ({@link ProcessNode}: its own heap, JIT, GC and CPU clock, as on separate servers);
     * a child that fails to start stops every child started before it, and closing the cluster stops them all.
     */
    public static Cluster start(Protocol protocol, int k, ValkeyEndpoint valkey, int basePort, int threads, String room,
                                boolean processes) {
        Check.notNull("protocol", protocol);
        Check.atLeast("nodes", k, 1);
        Check.atLeast("nodes", 64, k);
        Check.notNull("valkey", valkey);
        Check.atLeast("basePort", basePort, 0);
        if (!valkey.ping()) {
            throw new IllegalStateException("Valkey at " + valkey + " does not answer PING; start it (ValkeyServer.start()) "
                    + "or give the URL of one that runs; no node was started");
        }
        List<AppNode> started = new ArrayList<>();
        try {
            for (int i = 0; i < k; i++) {
                if (processes) {
                    try {
                        started.add(ProcessNode.start(protocol, basePort == 0 ? 0 : basePort + i, valkey, room, threads));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("node " + (i + 1) + " of " + k + ": " + e.getMessage(), e);
                    }
                    continue;
                }
                Jukebox jukebox = new Jukebox(valkey, room, threads);
                try {
                    started.add(protocol.start(basePort == 0 ? 0 : basePort + i, jukebox, threads));
                } catch (RuntimeException e) {
                    jukebox.close();
                    throw new IllegalStateException("node " + (i + 1) + " of " + k + ": " + e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            started.forEach(AppNode::close);
            throw e;
        }
        return new Cluster(protocol, valkey, started);
    }

    /** A round-robin client over the nodes; the caller closes it. */
    public JukeboxClient connect() {
        return protocol.connect(ports());
    }

    public Protocol protocol() { return protocol; }
    public ValkeyEndpoint valkey() { return valkey; }
    public List<AppNode> nodes() { return nodes; }
    public int size() { return nodes.size(); }

    public List<Integer> ports() {
        return nodes.stream().map(AppNode::port).toList();
    }

    /** Wall time all nodes' threads spent waiting for Valkey, ns. */
    public long valkeyNanos() {
        return nodes.stream().mapToLong(AppNode::valkeyNanos).sum();
    }

    /** CPU time of the nodes that run as processes of their own, ns (0 when they all run in this JVM). */
    public long processCpuNanos() {
        return nodes.stream().mapToLong(AppNode::processCpuNanos).sum();
    }

    /** The JIT compilers' share of {@link #processCpuNanos()}, ns. */
    public long compilerCpuNanos() {
        return nodes.stream().mapToLong(AppNode::compilerCpuNanos).sum();
    }

    /** True when the nodes run as child JVMs ({@link ProcessNode}). */
    public boolean processes() {
        return nodes.stream().anyMatch(ProcessNode.class::isInstance);
    }

    /** The first node that is no longer alive, if any. */
    public Optional<AppNode> firstDead() {
        return nodes.stream().filter(n -> !n.isAlive()).findFirst();
    }

    /** True when no node's port accepts connections any more (the check behind "no port left"). */
    public boolean allPortsClosed() {
        return nodes.stream().noneMatch(n -> LoopbackPort.isOpen(n.port()));
    }

    @Override public void close() {
        for (AppNode n : nodes) n.close();
    }

    @Override public String toString() {
        return "Cluster(" + protocol + " x " + nodes.size() + " on " + ports() + ", " + valkey + ")";
    }
}
