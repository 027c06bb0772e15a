package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * The message layer every protocol runs on: endpoints 0..n-1 are nodes, endpoint n is the client.
 * A message is a closure run at the receiver after (1) a one-way {@link LinkDelay} from the {@link Topology},
 * (2) FIFO order per directed link, as TCP gives (an arrival never overtakes an earlier one on the same link),
 * and (3) its turn on the receiver's CPU (a FCFS server with service time {@link NodeConfig#cpu()}).
 * It is lost with probability {@code loss}, when sender and receiver are on different sides of an active
 * partition (at sending or at arrival), or when the receiver is down at arrival.
 *
 * <p>Crash-stop and crash-recovery: {@link #crash} bumps the node's epoch, so every pending delivery, fsync and
 * timer of that node silently dies (volatile state is lost); the protocol's crash/recover listeners reset its
 * volatile state and keep only what it wrote with {@link #fsync}. The client endpoint never crashes and has no CPU.
 *
 * <p>Counters: messages and bytes by kind (a message counts when sent by a live node, lost or not).
 * An optional {@link NetworkEvent.Listener} ({@link #observe}) is told every send, receive, drop, timer, fsync,
 * crash and recovery; it only watches, so a run is the same with or without it.
 */
public final class Network {
    private final Simulator sim;
    private final Topology topology;
    private final int nodes;
    private final NodeConfig config;
    private final double loss;
    private final RandomStream rng;
    private final int[] epoch;
    private final boolean[] up;
    private final double[] cpuFree;
    private final double[] diskFree;
    private final double[][] lastArrival;
    private final List<int[]> activePartitions = new ArrayList<>();
    private final Map<String, long[]> byKind = new TreeMap<>();
    private IntConsumer onCrash = n -> { };
    private IntConsumer onRecover = n -> { };
    private NetworkEvent.Listener listener;
    private long messages, bytes, dropped, rounds, fsyncs;

    public Network(Simulator sim, Topology topology, int nodes, NodeConfig config, double loss, RandomStream rng) {
        this.sim = Check.notNull("sim", sim);
        this.topology = Check.notNull("topology", topology);
        this.nodes = Check.atLeast("nodes", nodes, 1);
        this.config = Check.notNull("config", config);
        this.loss = Check.probabilityBelowOne("loss", loss);
        this.rng = Check.notNull("rng", rng);
        epoch = new int[nodes + 1];
        up = new boolean[nodes + 1];
        Arrays.fill(up, true);
        cpuFree = new double[nodes + 1];
        diskFree = new double[nodes + 1];
        lastArrival = new double[nodes + 1][nodes + 1];
    }

    public Simulator sim() { return sim; }
    public double now() { return sim.now(); }
    public int nodes() { return nodes; }
    public int client() { return nodes; }
    public Topology topology() { return topology; }
    public NodeConfig config() { return config; }

    /** Listeners told after a node crashes or recovers (the protocol resets volatile state there). */
    public void onLifecycle(IntConsumer crash, IntConsumer recover) {
        onCrash = Check.notNull("crash", crash);
        onRecover = Check.notNull("recover", recover);
    }

    public boolean isUp(int node) { return up[node]; }

    /** Tells {@code observer} every event from now on (null stops it): for timelines, never for protocol logic. */
    public void observe(NetworkEvent.Listener observer) {
        listener = observer;
    }

    private void emit(NetworkEvent.Type type, int node, int peer, String kind, long message, String detail) {
        if (listener != null) listener.on(new NetworkEvent(type, sim.now(), node, peer, kind, message, detail));
    }

    /** Sends a message of {@code kind} and {@code size} bytes; {@code onReceive} runs at the receiver if it arrives. */
    public void send(int from, int to, String kind, int size, Runnable onReceive) {
        if (!up[from]) return;
        messages++;
        bytes += size;
        long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
        k[0]++;
        k[1] += size;
        long id = messages;
        emit(NetworkEvent.Type.SEND, from, to, kind, id, null);
        boolean lost = loss > 0 && rng.nextDouble() < loss;
        if (lost || !reachable(from, to)) {
            dropped++;
            emit(NetworkEvent.Type.DROP, to, from, kind, id, lost ? "lost" : "partition");
            return;
        }
        double arrival = Math.max(sim.now() + topology.delay(from, to, nodes).sample(rng), lastArrival[from][to]);
        lastArrival[from][to] = arrival;
        // absolute time: two messages due at the same instant keep their sending order (FIFO links)
        sim.scheduleAt(arrival, () -> arrive(from, to, kind, id, onReceive));
    }

    private void arrive(int from, int to, String kind, long id, Runnable onReceive) {
        if (!up[to] || !reachable(from, to)) {
            dropped++;
            emit(NetworkEvent.Type.DROP, to, from, kind, id, up[to] ? "partition" : "receiver down");
            return;
        }
        if (to == nodes) {
            emit(NetworkEvent.Type.RECEIVE, to, from, kind, id, null);
            onReceive.run();
            return;
        }
        int e = epoch[to];
        double start = Math.max(sim.now(), cpuFree[to]);
        cpuFree[to] = start + config.cpu().sample(rng);
        sim.schedule(cpuFree[to] - sim.now(), () -> {
            if (epoch[to] == e) {
                emit(NetworkEvent.Type.RECEIVE, to, from, kind, id, null);
                onReceive.run();
            } else {
                emit(NetworkEvent.Type.DROP, to, from, kind, id, "receiver crashed");
            }
        });
    }

    /** A forced log write on {@code node}'s disk (FCFS); {@code done} runs when it is durable, unless the node crashed. */
    public void fsync(int node, Runnable done) {
        if (!up[node]) return;
        fsyncs++;
        int e = epoch[node];
        double start = Math.max(sim.now(), diskFree[node]);
        diskFree[node] = start + config.fsync().sample(rng);
        sim.schedule(diskFree[node] - sim.now(), () -> {
            if (epoch[node] == e) {
                emit(NetworkEvent.Type.FSYNC, node, -1, null, -1, null);
                done.run();
            }
        });
    }

    /** A timer on {@code node} that dies with the node; returns a handle for {@link #cancel}. */
    public long timer(int node, double delay, Runnable action) {
        int e = epoch[node];
        return sim.schedule(delay, () -> {
            if (epoch[node] == e && up[node]) {
                emit(NetworkEvent.Type.TIMER, node, -1, null, -1, null);
                action.run();
            }
        });
    }

    public void cancel(long handle) {
        if (handle >= 0) sim.cancel(handle);
    }

    /** Crash now: pending work of the node is lost; a recovered node keeps only what it made durable. */
    public void crash(int node) {
        checkNode(node);
        if (!up[node]) return;
        up[node] = false;
        epoch[node]++;
        cpuFree[node] = sim.now();
        diskFree[node] = sim.now();
        emit(NetworkEvent.Type.CRASH, node, -1, null, -1, null);
        onCrash.accept(node);
    }

    public void recover(int node) {
        checkNode(node);
        if (up[node]) return;
        up[node] = true;
        epoch[node]++;
        emit(NetworkEvent.Type.RECOVER, node, -1, null, -1, null);
        onRecover.accept(node);
    }

    /** Cuts the nodes in {@code group} off from all others (client included) from {@code start} until {@code end}. */
    public void partition(double start, double end, int... group) {
        Check.nonNegative("start", start);
        Check.greaterThan("end", end, start);
        int[] g = group.clone();
        for (int n : g) checkNode(n);
        sim.schedule(Math.max(0, start - sim.now()), () -> activePartitions.add(g));
        sim.schedule(Math.max(0, end - sim.now()), () -> activePartitions.remove(g));
    }

    /** True when no active partition separates a and b. */
    public boolean reachable(int a, int b) {
        for (int[] g : activePartitions) if (contains(g, a) != contains(g, b)) return false;
        return true;
    }

    private static boolean contains(int[] g, int x) {
        for (int v : g) if (v == x) return true;
        return false;
    }

    private void checkNode(int node) {
        if (node < 0 || node >= nodes)
            throw Check.fail("node", node, "it must be in [0, " + (nodes - 1) + "]", "nodes are numbered from 0");
    }

    /** Counts one communication round (a broadcast-and-collect phase) on the critical path of an operation. */
    public void countRound() { rounds++; }

    public long messages() { return messages; }
    public long bytes() { return bytes; }
    public long dropped() { return dropped; }
    public long rounds() { return rounds; }
    public long fsyncs() { return fsyncs; }

    /** Messages sent of one kind (0 if none). */
    public long messages(String kind) {
        long[] k = byKind.get(kind);
        return k == null ? 0 : k[0];
    }

    /** Messages sent by kind, sorted by kind. */
    public Map<String, Long> messagesByKind() {
        Map<String, Long> m = new TreeMap<>();
        byKind.forEach((k, v) -> m.put(k, v[0]));
        return m;
    }
}
