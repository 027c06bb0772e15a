package brokerlab.bench;

import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;
import brokerlab.sim.Slots;

import java.util.Arrays;

/**
 * The message passing of Raft's steady state on a bare event loop: the yardstick for
 * {@code brokerlab.protocol}'s speed (messages simulated per CPU-second). Five nodes, node 0 leads throughout; a
 * Poisson client at the same rate as the protocol run; per operation the same messages as Raft's normal case
 * (Ongaro and Ousterhout 2014, section 5.3): ClientRequest to the leader, the leader's forced write and one
 * AppendEntries to each follower, each follower's forced write and AppendEntriesResponse, a ClientReply once a
 * majority (the leader's own write included) holds the entry; and a heartbeat to each follower every heartbeat
 * interval, answered. The network is the protocol package's: one-way delays sampled from the same
 * {@link Topology}, FIFO per directed link, a FCFS CPU step per received message and a FCFS disk per node from
 * {@link NodeConfig#defaults()}.
 *
 * <p>What it leaves out is everything that is protocol rather than message passing: logs, terms, elections and
 * their timers, the client's retry timers, safety checks and statistics. Messages live in primitive arrays with
 * recycled slots and events are primitive (type, payload) pairs on {@link Simulator}: no closure or object per
 * message, so this is about the fastest the same message passing can be simulated on this event core.
 */
public final class RaftMessageLoop implements EventHandler {
    static final int NODES = 5, LEADER = 0, CLIENT = NODES;
    private static final int ARRIVAL = 0, DELIVERED = 1, PROCESSED = 2, WRITTEN = 3, HEARTBEAT = 4;
    private static final int REQUEST = 0, APPEND = 1, APPEND_ACK = 2, BEAT = 3, BEAT_ACK = 4, REPLY = 5;

    private final Simulator sim = new Simulator(this, 256);
    private final Topology topology;
    private final LinkDelay cpu, disk;
    private final RandomStream net, client;
    private final double meanGap, heartbeat, until;
    private final double[] cpuFree = new double[NODES + 1], diskFree = new double[NODES + 1];
    private final double[][] lastArrival = new double[NODES + 1][NODES + 1];
    private final Slots slots = new Slots();
    private int[] from = new int[64], to = new int[64], kind = new int[64];
    private long[] value = new long[64];                 // operation (request, reply) or log index (append, ack)
    private final Slots writes = new Slots();
    private int[] writeNode = new int[64];
    private long[] writeIndex = new long[64];
    private long[] acks = new long[1024];                // per log index (ring): acks from durable copies
    private long[] opOf = new long[1024];                // per log index (ring): the client operation
    private double[] submitted = new double[1024];       // per operation (ring): when the client sent it
    private long nextOp, lastIndex, messages, replies;
    private double responseSum;

    RaftMessageLoop(Topology topology, double opsPerSecond, double seconds, long seed, int replication) {
        this.topology = topology;
        NodeConfig node = NodeConfig.defaults();
        this.cpu = node.cpu();
        this.disk = node.fsync();
        this.net = RandomStream.of(seed, replication, RandomStream.NETWORK);
        this.client = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        this.meanGap = 1000.0 / opsPerSecond;
        this.heartbeat = Timeouts.forRoundTrip(topology.maxRoundTrip()).heartbeat();
        this.until = seconds * 1000;
    }

    /** Simulates the run; returns the messages sent. */
    long run() {
        sim.schedule(meanGap * client.nextExponential(), ARRIVAL, 0);
        sim.schedule(heartbeat, HEARTBEAT, 0);
        sim.runUntil(until + 500);
        return messages;
    }

    double meanResponse() { return responseSum / replies; }

    @Override
    public void handle(int type, int payload) {
        switch (type) {
            case ARRIVAL -> {
                long op = nextOp++;
                grow(op);
                submitted[(int) (op & (submitted.length - 1))] = sim.now();
                send(CLIENT, LEADER, REQUEST, op);
                double gap = meanGap * client.nextExponential();
                if (sim.now() + gap < until) sim.schedule(gap, ARRIVAL, 0);
            }
            case DELIVERED -> {
                int m = payload, at = to[m];
                if (at == CLIENT) { process(m); return; }
                double start = Math.max(sim.now(), cpuFree[at]);
                cpuFree[at] = start + cpu.sample(net);
                sim.scheduleAt(cpuFree[at], 0, PROCESSED, m);
            }
            case PROCESSED -> process(payload);
            case WRITTEN -> {
                int w = payload, at = writeNode[w];
                long index = writeIndex[w];
                writes.give(w);
                if (at == LEADER) acknowledge(index);
                else send(at, LEADER, APPEND_ACK, index);
            }
            case HEARTBEAT -> {
                for (int j = 1; j < NODES; j++) send(LEADER, j, BEAT, 0);
                if (sim.now() + heartbeat < until) sim.schedule(heartbeat, HEARTBEAT, 0);
            }
            default -> throw new IllegalStateException("event type " + type);
        }
    }

    private void process(int m) {
        int k = kind[m], at = to[m], sender = from[m];
        long v = value[m];
        slots.give(m);
        switch (k) {
            case REQUEST -> {
                long index = ++lastIndex;
                int i = (int) (index & (acks.length - 1));
                acks[i] = 0;
                opOf[i] = v;
                write(LEADER, index);
                for (int j = 1; j < NODES; j++) send(LEADER, j, APPEND, index);
            }
            case APPEND -> write(at, v);
            case APPEND_ACK -> acknowledge(v);
            case BEAT -> send(at, sender, BEAT_ACK, 0);
            case BEAT_ACK -> { }
            case REPLY -> {
                replies++;
                responseSum += sim.now() - submitted[(int) (v & (submitted.length - 1))];
            }
            default -> throw new IllegalStateException("message kind " + k);
        }
    }

    /** One more durable copy of {@code index}; the majority-th sends the reply. */
    private void acknowledge(long index) {
        int i = (int) (index & (acks.length - 1));
        if (++acks[i] == NODES / 2 + 1) send(LEADER, CLIENT, REPLY, opOf[i]);
    }

    private void write(int node, long index) {
        int w = writes.take();
        if (w == writeNode.length) {
            writeNode = Arrays.copyOf(writeNode, 2 * w);
            writeIndex = Arrays.copyOf(writeIndex, 2 * w);
        }
        writeNode[w] = node;
        writeIndex[w] = index;
        double start = Math.max(sim.now(), diskFree[node]);
        diskFree[node] = start + disk.sample(net);
        sim.scheduleAt(diskFree[node], 0, WRITTEN, w);
    }

    private void send(int src, int dst, int k, long v) {
        messages++;
        int m = slots.take();
        if (m == from.length) {
            int n = 2 * m;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            kind = Arrays.copyOf(kind, n);
            value = Arrays.copyOf(value, n);
        }
        from[m] = src;
        to[m] = dst;
        kind[m] = k;
        value[m] = v;
        double arrival = Math.max(sim.now() + topology.delay(src, dst, NODES).sample(net), lastArrival[src][dst]);
        lastArrival[src][dst] = arrival;
        sim.scheduleAt(arrival, 0, DELIVERED, m);
    }

    /** The per-operation and per-index rings must hold every operation still open: double them when the run outgrows them. */
    private void grow(long op) {
        long open = op - replies;
        if (open < submitted.length / 2) return;
        submitted = ring(submitted, op);
        acks = ring(acks, lastIndex);
        opOf = ring(opOf, lastIndex);
    }

    private static double[] ring(double[] r, long top) {
        double[] bigger = new double[2 * r.length];
        for (long k = Math.max(0, top - r.length + 1); k <= top; k++) bigger[(int) (k & (bigger.length - 1))] = r[(int) (k & (r.length - 1))];
        return bigger;
    }

    private static long[] ring(long[] r, long top) {
        long[] bigger = new long[2 * r.length];
        for (long k = Math.max(0, top - r.length + 1); k <= top; k++) bigger[(int) (k & (bigger.length - 1))] = r[(int) (k & (r.length - 1))];
        return bigger;
    }
}
