package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * The message layer every protocol runs on: endpoints 0..n-1 are nodes (a coordination service, if any, among them),
 * endpoint n is the client. A message is a closure run at the receiver after (1) a one-way {@link LinkDelay} from
 * the {@link Topology}, (2) FIFO order per directed link, as TCP gives (an arrival never overtakes an earlier one on
 * the same link) unless {@link #fifo(boolean) reordering} is switched on, and (3) its turn on the receiver's CPU (a
 * FCFS server with service time {@link NodeConfig#cpu()}, times a slow node's factor). It is lost with probability
 * {@code loss}, when a partition or a one-way cut separates sender and receiver (at sending or at arrival), or when
 * the receiver is down at arrival; with {@link #duplicate duplication} a delivered message may arrive twice.
 *
 * <p>Crash-stop and crash-recovery: {@link #crash} bumps the node's epoch, so every pending delivery, fsync and
 * timer of that node silently dies (volatile state is lost); the protocol's crash/recover listeners reset its
 * volatile state and keep only what it wrote with {@link #fsync}, or nothing when {@link #diskLost} says the crash
 * took the disk too. The client endpoint never crashes and has no CPU.
 *
 * <p>Clocks: a node's timers run on its local clock, which may run at a rate other than 1 ({@link #clockRate});
 * {@link #clock} reads it, for lease-based logic.
 *
 * <p>Counters: messages and bytes by kind (a message counts when sent by a live node, lost or not).
 * An optional {@link NetworkEvent.Listener} ({@link #observe}) is told every send, receive, drop, timer, fsync,
 * crash and recovery; it only watches, so a run is the same with or without it.
 *
 * <p>Hot path: a message in flight and a pending forced write are rows of primitive arrays with recycled slots
 * ({@link Deliveries}), moved along by primitive events sent to this network's own handler on the shared
 * simulator, so the layer allocates nothing per message (bench: {@code ProtocolBench}).
 */
public final class Network {
    private final Simulator sim;
    private final Topology topology;
    private final int nodes;
    private final NodeConfig config;
    private final double loss;
    private final RandomStream rng;
    private final int[] epoch;
    private final boolean[] up, diskLost;
    private final double[] cpuFree, diskFree, cpuFactor, diskFactor, clockRate, clockAnchorReal, clockAnchorLocal;
    private final double[][] lastArrival;
    private final LinkDelay[][] links;       // the topology's delay per directed link, looked up once (zoneOf divides)
    private final List<int[]> activePartitions = new ArrayList<>();
    private final List<int[][]> activeCuts = new ArrayList<>();
    private final Map<String, long[]> byKind = new HashMap<>();     // sorted when read: messagesByKind
    private static final int KIND_CACHE = 32;                          // byKind's entries by the kind's identity (countsOf)
    private final String[] cachedKind = new String[KIND_CACHE];
    private final long[][] cachedCounts = new long[KIND_CACHE][];
    private final Deliveries messagesInFlight = new Deliveries(), writesPending = new Deliveries();
    private final EventHandler events = this::fire;
    private static final int ARRIVE = 0, PROCESSED = 1, WRITTEN = 2;
    private IntConsumer onCrash = n -> { };
    private IntConsumer onRecover = n -> { };
    private NetworkEvent.Listener listener;
    private long messages, bytes, dropped, duplicated, rounds, fsyncs;
    private double duplicate;
    private boolean fifo = true;
    private int service = -1;

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
        diskLost = new boolean[nodes + 1];
        cpuFree = new double[nodes + 1];
        diskFree = new double[nodes + 1];
        cpuFactor = ones(nodes + 1);
        diskFactor = ones(nodes + 1);
        clockRate = ones(nodes + 1);
        clockAnchorReal = new double[nodes + 1];
        clockAnchorLocal = new double[nodes + 1];
        lastArrival = new double[nodes + 1][nodes + 1];
        links = new LinkDelay[nodes + 1][nodes + 1];
        for (int a = 0; a <= nodes; a++) for (int b = 0; b <= nodes; b++) links[a][b] = topology.delay(a, b, nodes);
    }

    private static double[] ones(int n) {
        double[] x = new double[n];
        Arrays.fill(x, 1);
        return x;
    }

    public Simulator sim() { return sim; }
    public double now() { return sim.now(); }
    public int nodes() { return nodes; }
    public int client() { return nodes; }
    public Topology topology() { return topology; }

    /** Names endpoint {@code endpoint} as the coordination service, so fault plans can partition it. */
    public void service(int endpoint) {
        checkNode(endpoint);
        service = endpoint;
    }

    /** The coordination service's endpoint, or -1 if the protocol has none. */
    public int service() { return service; }
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
        long[] k = countsOf(kind);
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
        deliver(from, to, kind, id, onReceive);
        if (duplicate > 0 && rng.nextDouble() < duplicate) {
            duplicated++;
            deliver(from, to, kind, id, onReceive);
        }
    }

    /**
     * The message and byte counters of {@code kind}. Protocols send their few kinds as string constants, so a small
     * table keyed by identity answers first; the map (by equality) decides on a miss. It saved a hash-map lookup
     * per message on Raft's hot path.
     */
    private long[] countsOf(String kind) {
        int i = System.identityHashCode(kind) & (KIND_CACHE - 1);
        if (cachedKind[i] == kind) return cachedCounts[i];
        long[] counts = byKind.computeIfAbsent(kind, x -> new long[2]);
        cachedKind[i] = kind;
        cachedCounts[i] = counts;
        return counts;
    }

    private void deliver(int from, int to, String kind, long id, Runnable onReceive) {
        double arrival = sim.now() + links[from][to].sample(rng);
        if (fifo) {
            arrival = Math.max(arrival, lastArrival[from][to]);
            lastArrival[from][to] = arrival;
        }
        int m = messagesInFlight.add(from, to, kind, id, onReceive);
        // absolute time: two messages due at the same instant keep their sending order (FIFO links)
        sim.scheduleAt(arrival, events, ARRIVE, m);
    }

    /** The network's own events: a message arrives, a receiver's CPU has processed one, a forced write completed. */
    private void fire(int type, int slot) {
        if (type == WRITTEN) {
            int node = writesPending.from(slot), e = writesPending.epoch(slot);
            Runnable done = writesPending.remove(slot);
            if (epoch[node] == e) {
                emit(NetworkEvent.Type.FSYNC, node, -1, null, -1, null);
                done.run();
            }
            return;
        }
        Deliveries d = messagesInFlight;
        int from = d.from(slot), to = d.to(slot);
        if (type == ARRIVE) arrive(slot, from, to);
        else if (epoch[to] == d.epoch(slot)) {
            if (listener != null) emit(NetworkEvent.Type.RECEIVE, to, from, d.kind(slot), d.id(slot), null);
            d.remove(slot).run();
        } else {
            if (listener != null) emit(NetworkEvent.Type.DROP, to, from, d.kind(slot), d.id(slot), "receiver crashed");
            d.remove(slot);
        }
    }

    private void arrive(int slot, int from, int to) {
        Deliveries d = messagesInFlight;
        if (!up[to] || !reachable(from, to)) {
            dropped++;
            if (listener != null) emit(NetworkEvent.Type.DROP, to, from, d.kind(slot), d.id(slot), up[to] ? "partition" : "receiver down");
            d.remove(slot);
            return;
        }
        if (to == nodes) {
            if (listener != null) emit(NetworkEvent.Type.RECEIVE, to, from, d.kind(slot), d.id(slot), null);
            d.remove(slot).run();
            return;
        }
        messagesInFlight.epoch(slot, epoch[to]);
        double start = Math.max(sim.now(), cpuFree[to]);
        cpuFree[to] = start + config.cpu().sample(rng) * cpuFactor[to];
        sim.schedule(cpuFree[to] - sim.now(), events, PROCESSED, slot);
    }

    /** A forced log write on {@code node}'s disk (FCFS); {@code done} runs when it is durable, unless the node crashed. */
    public void fsync(int node, Runnable done) {
        if (!up[node]) return;
        fsyncs++;
        int w = writesPending.add(node, -1, null, -1, done);
        writesPending.epoch(w, epoch[node]);
        double start = Math.max(sim.now(), diskFree[node]);
        diskFree[node] = start + config.fsync().sample(rng) * diskFactor[node];
        sim.schedule(diskFree[node] - sim.now(), events, WRITTEN, w);
    }

    /**
     * A timer on {@code node} that dies with the node; {@code delay} is measured on the node's clock (see
     * {@link #clockRate}). Returns a handle for {@link #cancel}.
     */
    public long timer(int node, double delay, Runnable action) {
        return timer(node, delay, action, -1);
    }

    /**
     * {@code cancel(replacing)} then {@code timer(node, delay, action)}, with the same effect, in one step on the
     * event list ({@link Simulator#reschedule}): for a timer pushed back on every message (an election timeout).
     */
    public long timer(int node, double delay, Runnable action, long replacing) {
        int e = epoch[node];
        // the timer being replaced is reused when it is the same (node, epoch, action): its run would be identical
        Timer t = sim.pendingAction(replacing) instanceof Timer old && old.node == node && old.epoch == e && old.action == action
                ? old : new Timer(node, e, action);
        return sim.reschedule(replacing, delay / clockRate[node], t);
    }

    /** A node's timer: runs {@code action} unless the node crashed (its epoch moved on) or is down. */
    private final class Timer implements Runnable {
        final int node, epoch;
        final Runnable action;

        Timer(int node, int epoch, Runnable action) {
            this.node = node;
            this.epoch = epoch;
            this.action = action;
        }

        @Override public void run() {
            if (Network.this.epoch[node] == epoch && up[node]) {
                emit(NetworkEvent.Type.TIMER, node, -1, null, -1, null);
                action.run();
            }
        }
    }

    public void cancel(long handle) {
        if (handle >= 0) sim.cancel(handle);
    }

    /** Crash now: pending work of the node is lost; a recovered node keeps only what it made durable. */
    public void crash(int node) {
        crash(node, true);
    }

    /** Crash now; with {@code keepDisk} false the node loses its forced writes too (see {@link #diskLost}). */
    public void crash(int node, boolean keepDisk) {
        checkNode(node);
        if (!up[node]) return;
        up[node] = false;
        diskLost[node] = !keepDisk;
        epoch[node]++;
        cpuFree[node] = sim.now();
        diskFree[node] = sim.now();
        emit(NetworkEvent.Type.CRASH, node, -1, null, -1, null);
        onCrash.accept(node);
    }

    /** True when the node's last crash took its disk: its protocol must forget its durable state too. */
    public boolean diskLost(int node) { return diskLost[node]; }

    public void recover(int node) {
        checkNode(node);
        if (up[node]) return;
        up[node] = true;
        epoch[node]++;
        emit(NetworkEvent.Type.RECOVER, node, -1, null, -1, null);
        onRecover.accept(node);
    }

    /** From now on each delivered message arrives a second time with probability {@code p}, with its own delay. */
    public void duplicate(double p) {
        duplicate = Check.probabilityBelowOne("duplicate", p);
    }

    /** FIFO links (true, the default) or independent delays per message, so later messages may overtake. */
    public void fifo(boolean on) {
        fifo = on;
    }

    /** From now on the node's CPU steps take {@code cpu} times and its forced writes {@code disk} times as long. */
    public void slow(int node, double cpu, double disk) {
        checkNode(node);
        cpuFactor[node] = Check.positive("cpu", cpu);
        diskFactor[node] = Check.positive("disk", disk);
    }

    /** From now on the node's clock runs at {@code rate} times real time; its timers stretch by 1 / rate. */
    public void clockRate(int node, double rate) {
        checkNode(node);
        clockAnchorLocal[node] = clock(node);
        clockAnchorReal[node] = sim.now();
        clockRate[node] = Check.positive("rate", rate);
    }

    /** The node's local clock: real time until a {@link #clockRate} changes its rate. */
    public double clock(int node) {
        return clockAnchorLocal[node] + clockRate[node] * (sim.now() - clockAnchorReal[node]);
    }

    /** Cuts the endpoints in {@code group} (the client may be one) off from all others from {@code start} until {@code end}. */
    public void partition(double start, double end, int... group) {
        Check.nonNegative("start", start);
        Check.greaterThan("end", end, start);
        int[] g = group.clone();
        for (int x : g) checkEndpoint(x);
        sim.schedule(Math.max(0, start - sim.now()), () -> activePartitions.add(g));
        sim.schedule(Math.max(0, end - sim.now()), () -> activePartitions.remove(g));
    }

    /** Drops messages from any endpoint in {@code from} to any in {@code to} from {@code start} until {@code end}: a one-way cut. */
    public void cut(double start, double end, int[] from, int[] to) {
        Check.nonNegative("start", start);
        Check.greaterThan("end", end, start);
        int[][] c = {from.clone(), to.clone()};
        for (int[] side : c) for (int x : side) checkEndpoint(x);
        sim.schedule(Math.max(0, start - sim.now()), () -> activeCuts.add(c));
        sim.schedule(Math.max(0, end - sim.now()), () -> activeCuts.remove(c));
    }

    /** True when no active partition separates a and b and no one-way cut drops messages from a to b. */
    public boolean reachable(int a, int b) {
        // indexed loops: called twice per message, and for-each allocated an iterator each time (JFR allocation samples)
        for (int i = 0; i < activePartitions.size(); i++) {
            int[] g = activePartitions.get(i);
            if (contains(g, a) != contains(g, b)) return false;
        }
        for (int i = 0; i < activeCuts.size(); i++) {
            int[][] c = activeCuts.get(i);
            if (contains(c[0], a) && contains(c[1], b)) return false;
        }
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

    private void checkEndpoint(int endpoint) {
        if (endpoint < 0 || endpoint > nodes)
            throw Check.fail("endpoint", endpoint, "it must be in [0, " + nodes + "] (" + nodes + " is the client)", "nodes are numbered from 0");
    }

    /** Counts one communication round (a broadcast-and-collect phase) on the critical path of an operation. */
    public void countRound() { rounds++; }

    public long messages() { return messages; }
    public long bytes() { return bytes; }
    public long dropped() { return dropped; }
    public long duplicated() { return duplicated; }
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

    /** The counters now, so a run can measure a window as the difference of two snapshots. */
    public Counters counters() {
        return new Counters(messages, bytes, rounds, fsyncs, messagesByKind());
    }

    /** Messages, bytes, rounds and forced writes so far, and messages by kind. */
    public record Counters(long messages, long bytes, long rounds, long fsyncs, Map<String, Long> byKind) {
        public Counters {
            byKind = Map.copyOf(byKind);
        }

        /** What happened between {@code earlier} and this snapshot. */
        public Counters minus(Counters earlier) {
            Map<String, Long> k = new TreeMap<>(byKind);
            earlier.byKind.forEach((kind, v) -> k.merge(kind, -v, Long::sum));
            k.values().removeIf(v -> v == 0);
            return new Counters(messages - earlier.messages, bytes - earlier.bytes, rounds - earlier.rounds,
                    fsyncs - earlier.fsyncs, k);
        }

        /** Messages of one kind (0 if none). */
        public long messages(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }
}
