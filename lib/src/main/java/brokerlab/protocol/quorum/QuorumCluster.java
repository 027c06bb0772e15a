package brokerlab.protocol.quorum;

import brokerlab.protocol.hashing.ConsistentHashRing;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Dynamo-style key-value store on the simulated {@link Network}: {@code nodes} servers on a
 * {@link ConsistentHashRing}, each key on the first N servers of its preference list, any server coordinating
 * (Riak-style: clients talk to a nearby server, which need not be a home of the key). Gets and puts follow
 * {@link Coordinator}; every server with hints tries to hand them off to their homes every
 * {@code handoffInterval} ms. Keys are small integers (their ring position is their hash).
 *
 * <pre>{@code
 * var store = new QuorumCluster(QuorumConfig.of(5, 3, 2, 2), Topology.ONE_DATACENTRE, NodeConfig.defaults(), 0, 42, 0);
 * store.start();
 * store.put(0, 7, 100, new int[5], r -> System.out.println("put ok: " + r.ok()));
 * store.simulator().runUntil(50);
 * }</pre>
 */
public final class QuorumCluster {
    private final QuorumConfig cfg;
    private final Simulator sim = new Simulator();
    private final Network net;
    private final ConsistentHashRing ring;
    private final Replica[] replicas;
    private final Coordinator coordinator;
    private long nextWriteId = 1;
    long readRepairs, hintsWritten, handoffs;

    public QuorumCluster(QuorumConfig cfg, Topology topology, NodeConfig node, double loss, long seed, int replication) {
        this.cfg = Check.notNull("cfg", cfg);
        net = new Network(sim, topology, cfg.nodes(), node, loss, RandomStream.of(seed, replication, RandomStream.NETWORK));
        // replicas = every node: the preference list then runs all the way round, homes first, fallbacks after
        ring = ConsistentHashRing.of(cfg.nodes(), cfg.virtualNodes(), cfg.nodes(), seed);
        replicas = new Replica[cfg.nodes()];
        for (int i = 0; i < replicas.length; i++) replicas[i] = new Replica(i, cfg.nodes(), cfg.versioning());
        coordinator = new Coordinator(this);
        net.onLifecycle(i -> replicas[i].forgetSuspicions(), this::startHandoffs);
    }

    public QuorumConfig config() { return cfg; }
    public Network network() { return net; }
    public Simulator simulator() { return sim; }

    Replica replica(int node) { return replicas[node]; }

    /** Every node, in the order the ring offers them for {@code key}: the first N are its homes. */
    public int[] preference(int key) { return ring.preferenceList(key); }

    /** Starts the handoff loops; call once before running. */
    public void start() {
        for (int i = 0; i < cfg.nodes(); i++) startHandoffs(i);
    }

    /** Node {@code coordinator} reads {@code key}; {@code done} runs when it answers (never if it is down or crashes). */
    public void get(int coordinator, int key, Consumer<StoreReply> done) {
        checkNode(coordinator);
        if (!net.isUp(coordinator)) return;
        this.coordinator.get(coordinator, key, done);
    }

    /**
     * Node {@code coordinator} writes {@code value} to {@code key}, superseding the versions whose clocks
     * {@code context} covers (pass the context of the client's last read, or zeros for a blind write).
     */
    public void put(int coordinator, int key, long value, int[] context, Consumer<StoreReply> done) {
        checkNode(coordinator);
        Check.notNull("context", context);
        if (context.length != cfg.nodes()) throw Check.fail("context", context.length + " entries", "it needs one per node (" + cfg.nodes() + ")", null);
        if (!net.isUp(coordinator)) return;
        int[] clock = context.clone();
        clock[coordinator] = Math.max(clock[coordinator], replicas[coordinator].tick());
        double stamp = sim.now() + cfg.clockSkew()[coordinator];
        this.coordinator.put(coordinator, key, new Version(value, clock, stamp, nextWriteId++), done);
    }

    private void checkNode(int node) {
        if (node < 0 || node >= cfg.nodes()) throw Check.fail("coordinator", node, "it must be in [0, " + (cfg.nodes() - 1) + "]", null);
    }

    private void startHandoffs(int node) {
        net.timer(node, cfg.handoffInterval(), () -> {
            handOff(node);
            startHandoffs(node);
        });
    }

    /** Offers each home this node holds hints for (and does not suspect) its hinted versions. */
    private void handOff(int node) {
        Replica holder = replicas[node];
        for (int home : List.copyOf(holder.hintedHomes())) {
            if (holder.suspects(home, net.now())) continue;
            Map<Integer, List<Version>> batch = holder.hintsFor(home);
            int versions = batch.values().stream().mapToInt(List::size).sum();
            boolean[] acked = {false};
            net.send(node, home, "Handoff", Coordinator.HEADER + versions * (16 + 4 * cfg.nodes()), () -> {
                batch.forEach((key, v) -> replicas[home].store(key, v, -1));
                net.fsync(home, () -> net.send(home, node, "HandoffAck", Coordinator.HEADER, () -> {
                    acked[0] = true;
                    handoffs++;
                    holder.handedOff(home, batch);
                }));
            });
            net.timer(node, cfg.replicaTimeout(), () -> {
                if (!acked[0]) holder.suspect(home, net.now() + cfg.suspicion());
            });
        }
    }

    /** Does any server still hold {@code write}, or a version that descends from it? (False: the write was lost.) */
    public boolean survives(int key, Version write) {
        for (Replica r : replicas) for (Version v : r.read(key)) if (v.descendsFrom(write)) return true;
        return false;
    }

    /** Versions of {@code key} held by node {@code node} (own and hinted). */
    public List<Version> stored(int node, int key) { return replicas[node].read(key); }

    /** Hinted versions not yet handed off, over all servers. */
    public int pendingHints() {
        int c = 0;
        for (Replica r : replicas) c += r.hintCount();
        return c;
    }

    public long readRepairs() { return readRepairs; }
    public long hintsWritten() { return hintsWritten; }
    public long handoffs() { return handoffs; }
}
