package brokerlab.protocol.broadcast;

import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A broadcast group on the simulated network: every member sends each of its broadcasts to every other member
 * over a reliable transport (a message is resent every {@code retransmitTimeout} ms until acknowledged, each
 * transmission after an extra random delay that reorders messages, see {@link BroadcastConfig}), and each member's
 * {@link BroadcastMember} delivers in the chosen {@link DeliveryOrder}. The three orders draw from the same streams
 * (broadcast times, extra delays, replies, network) under one seed; holding a message back changes when replies go
 * out, so the runs share their start and then diverge, and a comparison should span several seeds.
 *
 * <pre>{@code
 * for (DeliveryOrder o : DeliveryOrder.values())
 *     System.out.println(BroadcastGroup.run(BroadcastConfig.of(2000), o, Topology.ONE_DATACENTRE, 42, 0).summary());
 * }</pre>
 */
public final class BroadcastGroup {
    private static final int DATA = 64, ACK = 16;
    /** Time after the last broadcast for retransmissions to finish (ms, in retransmission timeouts). */
    private static final int DRAIN_TIMEOUTS = 40;

    private final BroadcastConfig cfg;
    private final Simulator sim = new Simulator();
    private final Network net;
    private final RandomStream arrivals, delays, replies;
    private final List<BroadcastMessage> messages = new ArrayList<>();
    private final List<long[]> acked = new ArrayList<>();   // bit r: member r acknowledged
    private final BroadcastMember[] members;
    private final List<Double> latencies = new ArrayList<>();

    private BroadcastGroup(BroadcastConfig cfg, DeliveryOrder order, Topology topology, long seed, int replication) {
        this.cfg = cfg;
        if (cfg.processes() > 64) throw Check.fail("processes", cfg.processes(), "it must be <= 64", "acknowledgements are kept as bit masks");
        net = new Network(sim, topology, cfg.processes(), NodeConfig.defaults(), cfg.loss(), RandomStream.of(seed, replication, RandomStream.NETWORK));
        arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        delays = RandomStream.of(seed, replication, RandomStream.ROUTING);
        replies = RandomStream.of(seed, replication, RandomStream.MISC);
        members = new BroadcastMember[cfg.processes()];
        for (int i = 0; i < members.length; i++) members[i] = new BroadcastMember(i, members.length, order, messages);
    }

    /** One run of {@code cfg} delivering in {@code order}. */
    public static BroadcastResult run(BroadcastConfig cfg, DeliveryOrder order, Topology topology, long seed, int replication) {
        Check.notNull("cfg", cfg);
        Check.notNull("order", order);
        Check.notNull("topology", topology);
        return new BroadcastGroup(cfg, order, topology, seed, replication).run(order);
    }

    private BroadcastResult run(DeliveryOrder order) {
        double gap = 1000.0 / cfg.rate();
        for (int p = 0; p < members.length; p++) {
            int me = p;
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                broadcast(me);
                double g = gap * arrivals.nextExponential();
                if (sim.now() + g < cfg.duration()) sim.schedule(g, next[0]);
            };
            sim.schedule(gap * arrivals.nextExponential(), next[0]);
        }
        sim.runUntil(cfg.duration() + DRAIN_TIMEOUTS * (cfg.retransmitTimeout() + cfg.reorderDelay()));
        long deliveries = latencies.size(), causal = 0, fifo = 0;
        int held = 0;
        for (BroadcastMember m : members) { causal += m.causalViolations; fifo += m.fifoViolations; held = Math.max(held, m.maxHeld()); }
        double[] lat = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(lat).average().orElse(Double.NaN);
        double p99 = lat.length == 0 ? Double.NaN : lat[Math.min(lat.length - 1, (int) Math.ceil(0.99 * lat.length) - 1)];
        long owed = (long) messages.size() * (members.length - 1) - deliveries;
        return new BroadcastResult(order, messages.size(), deliveries, causal, fifo, mean, p99, held, owed, net.messages());
    }

    private void broadcast(int sender) {
        BroadcastMessage m = members[sender].broadcast(messages.size(), sim.now());
        messages.add(m);
        acked.add(new long[1]);
        for (int r = 0; r < members.length; r++) if (r != sender) transmit(m, r);
    }

    private void transmit(BroadcastMessage m, int to) {
        int from = m.sender();
        double extra = cfg.reorderDelay() * delays.nextExponential();
        net.timer(from, extra, () -> net.send(from, to, "Data", DATA + 4 * members.length, () -> onData(m, to)));
        net.timer(from, extra + cfg.retransmitTimeout(), () -> {
            if ((acked.get(m.id())[0] & (1L << to)) == 0) transmit(m, to);
        });
    }

    private void onData(BroadcastMessage m, int at) {
        net.send(at, m.sender(), "Ack", ACK, () -> acked.get(m.id())[0] |= 1L << at);
        for (BroadcastMessage d : members[at].receive(m)) {
            latencies.add(sim.now() - d.sentAt());
            if (replies.nextBoolean(cfg.replyProbability())) broadcast(at);
        }
    }
}
