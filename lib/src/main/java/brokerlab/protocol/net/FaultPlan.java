package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;

/**
 * What goes wrong in a run, as an immutable value built fluently:
 * {@code FaultPlan.none().loss(0.01).crashLeader(500, 300).partition(800, 1200, 0, 1).cut(900, 950, new int[]{0}, new int[]{2})}.
 * Times are ms counted from the moment the plan is applied (a protocol run applies it when client traffic starts).
 * <ul>
 *   <li>Crashes are crash-stop ({@code downFor = +inf}) or crash-recovery, keeping what the node forced to disk or,
 *       with {@link #crashLosingDisk}, losing it too (a replaced machine: the protocol's durability assumption
 *       broken on purpose). Node {@link #LEADER} means "whoever leads (or is primary / coordinator) at that
 *       moment".</li>
 *   <li>Partitions cut a group off from everyone else; {@link #cut} drops messages one way only (from one group to
 *       another), an asymmetric partition. Groups may name {@link #CLIENT} and {@link #SERVICE} (the coordination
 *       service of primary-backup).</li>
 *   <li>Message faults: loss, duplication (a second copy with its own delay), and reordering (links lose their FIFO
 *       order, so a later message may overtake an earlier one).</li>
 *   <li>Node faults: a slow node (CPU and disk times multiplied), clock skew (a node's timers and local clock run at
 *       a rate other than 1, which is what lease-based logic trusts), and Byzantine replicas, honoured by protocols
 *       that tolerate them (PBFT).</li>
 * </ul>
 */
public record FaultPlan(double loss, List<Crash> crashes, List<Partition> partitions, List<Cut> cuts, Set<Integer> byzantine,
                        double duplicate, boolean reorder, List<Slow> slow, List<Skew> skews) {
    /** Stands for the current leader, primary or coordinator in {@link Crash#node()}. */
    public static final int LEADER = -1;
    /** Stands for the client endpoint in a partition or cut group. */
    public static final int CLIENT = -2;
    /** Stands for the coordination service (primary-backup) in a partition or cut group. */
    public static final int SERVICE = -3;

    /** Node {@code node} crashes at {@code at} ms and recovers {@code downFor} ms later (never if infinite), its disk kept or not. */
    public record Crash(int node, double at, double downFor, boolean durable) {
        public Crash {
            if (node < LEADER) throw Check.fail("node", node, "it must be >= 0 or FaultPlan.LEADER", "crash a node or the leader");
            Check.nonNegative("at", at);
            if (!(downFor > 0)) throw Check.fail("downFor", downFor, "it must be > 0", "use Double.POSITIVE_INFINITY for crash-stop");
        }
    }

    /** The {@code group} is cut off from everyone else between {@code start} and {@code end} ms. */
    public record Partition(double start, double end, int[] group) {
        public Partition {
            Check.nonNegative("start", start);
            Check.greaterThan("end", end, start);
            group = endpoints("group", group);
        }

        @Override public int[] group() { return group.clone(); }
    }

    /** Messages from any endpoint of {@code from} to any of {@code to} are dropped between {@code start} and {@code end} ms. */
    public record Cut(double start, double end, int[] from, int[] to) {
        public Cut {
            Check.nonNegative("start", start);
            Check.greaterThan("end", end, start);
            from = endpoints("from", from);
            to = endpoints("to", to);
        }

        @Override public int[] from() { return from.clone(); }
        @Override public int[] to() { return to.clone(); }
    }

    /** Node {@code node}'s CPU steps take {@code cpu} times and its forced writes {@code disk} times as long. */
    public record Slow(int node, double cpu, double disk) {
        public Slow {
            Check.atLeast("node", node, 0);
            Check.positive("cpu", cpu);
            Check.positive("disk", disk);
        }
    }

    /** Node {@code node}'s clock runs at {@code rate} (0.5: its timers take twice as long in real time). */
    public record Skew(int node, double rate) {
        public Skew {
            Check.atLeast("node", node, 0);
            Check.positive("rate", rate);
        }
    }

    public FaultPlan {
        Check.probabilityBelowOne("loss", loss);
        Check.probabilityBelowOne("duplicate", duplicate);
        crashes = List.copyOf(crashes);
        partitions = List.copyOf(partitions);
        cuts = List.copyOf(cuts);
        byzantine = Set.copyOf(byzantine);
        slow = List.copyOf(slow);
        skews = List.copyOf(skews);
    }

    private static int[] endpoints(String name, int[] group) {
        Check.notNull(name, group);
        if (group.length == 0) throw Check.fail(name, "[]", "a group needs at least one endpoint", "name nodes, FaultPlan.CLIENT or FaultPlan.SERVICE");
        for (int g : group)
            if (g < SERVICE) throw Check.fail(name, g, "it must be a node >= 0, FaultPlan.CLIENT or FaultPlan.SERVICE", "nodes are numbered from 0");
        return group.clone();
    }

    public static FaultPlan none() {
        return new FaultPlan(0, List.of(), List.of(), List.of(), Set.of(), 0, false, List.of(), List.of());
    }

    public FaultPlan loss(double p) {
        return new FaultPlan(p, crashes, partitions, cuts, byzantine, duplicate, reorder, slow, skews);
    }

    /** Each delivered message arrives a second time with probability {@code p} (its own delay). */
    public FaultPlan duplicate(double p) {
        return new FaultPlan(loss, crashes, partitions, cuts, byzantine, p, reorder, slow, skews);
    }

    /** Links stop being FIFO: each message takes its own delay, so later ones may overtake earlier ones. */
    public FaultPlan reordering() {
        return new FaultPlan(loss, crashes, partitions, cuts, byzantine, duplicate, true, slow, skews);
    }

    public FaultPlan crash(int node, double at) {
        return crashRecover(node, at, Double.POSITIVE_INFINITY);
    }

    public FaultPlan crashRecover(int node, double at, double downFor) {
        return withCrash(new Crash(node, at, downFor, true));
    }

    /** A crash that loses the disk too: the node comes back after {@code downFor} ms with no state at all. */
    public FaultPlan crashLosingDisk(int node, double at, double downFor) {
        return withCrash(new Crash(node, at, downFor, false));
    }

    public FaultPlan crashLeader(double at, double downFor) {
        return crashRecover(LEADER, at, downFor);
    }

    private FaultPlan withCrash(Crash crash) {
        List<Crash> c = new ArrayList<>(crashes);
        c.add(crash);
        return new FaultPlan(loss, c, partitions, cuts, byzantine, duplicate, reorder, slow, skews);
    }

    public FaultPlan partition(double start, double end, int... group) {
        List<Partition> p = new ArrayList<>(partitions);
        p.add(new Partition(start, end, group));
        return new FaultPlan(loss, crashes, p, cuts, byzantine, duplicate, reorder, slow, skews);
    }

    /** An asymmetric partition: messages from {@code from} to {@code to} are dropped, the other direction flows. */
    public FaultPlan cut(double start, double end, int[] from, int[] to) {
        List<Cut> c = new ArrayList<>(cuts);
        c.add(new Cut(start, end, from, to));
        return new FaultPlan(loss, crashes, partitions, c, byzantine, duplicate, reorder, slow, skews);
    }

    public FaultPlan byzantine(int... nodes) {
        Set<Integer> b = new TreeSet<>(byzantine);
        for (int n : nodes) b.add(n);
        return new FaultPlan(loss, crashes, partitions, cuts, b, duplicate, reorder, slow, skews);
    }

    /** A slow node: CPU steps {@code cpuFactor} and forced writes {@code diskFactor} times as long. */
    public FaultPlan slowNode(int node, double cpuFactor, double diskFactor) {
        List<Slow> s = new ArrayList<>(slow);
        s.add(new Slow(node, cpuFactor, diskFactor));
        return new FaultPlan(loss, crashes, partitions, cuts, byzantine, duplicate, reorder, s, skews);
    }

    /** Clock skew: node {@code node}'s clock runs at {@code rate} times real time. */
    public FaultPlan clockSkew(int node, double rate) {
        List<Skew> s = new ArrayList<>(skews);
        s.add(new Skew(node, rate));
        return new FaultPlan(loss, crashes, partitions, cuts, byzantine, duplicate, reorder, slow, s);
    }

    public boolean isByzantine(int node) { return byzantine.contains(node); }

    /** Largest node id the plan names (-1 if none; the client and the service are not nodes): checked against the cluster size. */
    public int maxNode() {
        int m = -1;
        for (Crash c : crashes) m = Math.max(m, c.node());
        for (Partition p : partitions) for (int g : p.group) m = Math.max(m, g);
        for (Cut c : cuts) {
            for (int g : c.from) m = Math.max(m, g);
            for (int g : c.to) m = Math.max(m, g);
        }
        for (int b : byzantine) m = Math.max(m, b);
        for (Slow s : slow) m = Math.max(m, s.node());
        for (Skew s : skews) m = Math.max(m, s.node());
        return m;
    }

    /**
     * Schedules every fault on the network, with times counted from now (a protocol run calls this when client
     * traffic starts, after the cold-start election); {@code leader} names the current leader (or -1).
     */
    public void apply(Network net, IntSupplier leader) {
        double now = net.now();
        for (Crash c : crashes) {
            net.sim().schedule(c.at(), () -> {
                int node = c.node() == LEADER ? leader.getAsInt() : c.node();
                if (node < 0 || !net.isUp(node)) return;
                net.crash(node, c.durable());
                if (Double.isFinite(c.downFor())) net.sim().schedule(c.downFor(), () -> net.recover(node));
            });
        }
        for (Partition p : partitions) net.partition(now + p.start(), now + p.end(), resolve(net, p.group));
        for (Cut c : cuts) net.cut(now + c.start(), now + c.end(), resolve(net, c.from), resolve(net, c.to));
        if (duplicate > 0) net.duplicate(duplicate);
        if (reorder) net.fifo(false);
        for (Slow s : slow) net.slow(s.node(), s.cpu(), s.disk());
        for (Skew s : skews) net.clockRate(s.node(), s.rate());
    }

    private static int[] resolve(Network net, int[] group) {
        int[] out = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            int g = group[i];
            if (g == CLIENT) out[i] = net.client();
            else if (g == SERVICE) {
                if (net.service() < 0) throw Check.fail("faults", "FaultPlan.SERVICE", "this protocol has no coordination service",
                        "name nodes or FaultPlan.CLIENT instead");
                out[i] = net.service();
            } else out[i] = g;
        }
        return out;
    }

    /**
     * A random plan for safety testing: {@code count} crash-recoveries of random nodes (or the leader) and
     * {@code count} partitions isolating a random minority or majority, all inside [0, horizon].
     */
    public static FaultPlan random(RandomStream rng, int nodes, double horizon, int count, double loss) {
        FaultPlan plan = none().loss(loss);
        for (int i = 0; i < count; i++) {
            double at = rng.nextDouble() * horizon;
            double down = (0.05 + rng.nextDouble() * 0.2) * horizon;
            int node = rng.nextBoolean(0.5) ? LEADER : rng.nextInt(nodes);
            plan = plan.crashRecover(node, at, down);
            int size = 1 + rng.nextInt(Math.max(1, nodes - 1));
            int[] group = new int[size];
            int first = rng.nextInt(nodes);
            for (int k = 0; k < size; k++) group[k] = (first + k) % nodes;
            double start = rng.nextDouble() * horizon;
            plan = plan.partition(start, start + (0.05 + rng.nextDouble() * 0.2) * horizon, group);
        }
        return plan;
    }

    /**
     * A harsher random plan: {@link #random} plus, {@code count} times, a one-way cut between two random groups and a
     * partition that takes the client along with a random group, and throughout 1% duplication, reordering, one
     * node three times slower (CPU and disk) and one clock running 20% fast. Every fault here keeps the disks, so a
     * correct crash-tolerant protocol must stay safe under it.
     */
    public static FaultPlan harsh(RandomStream rng, int nodes, double horizon, int count, double loss) {
        FaultPlan plan = random(rng, nodes, horizon, count, loss).duplicate(0.01).reordering()
                .slowNode(rng.nextInt(nodes), 3, 3).clockSkew(rng.nextInt(nodes), 1.2);
        for (int i = 0; i < count; i++) {
            double start = rng.nextDouble() * horizon, length = (0.05 + rng.nextDouble() * 0.2) * horizon;
            int a = rng.nextInt(nodes), b = (a + 1 + rng.nextInt(Math.max(1, nodes - 1))) % nodes;
            plan = plan.cut(start, start + length, new int[]{a}, b == a ? new int[]{CLIENT} : new int[]{b});
            int withClient = rng.nextInt(nodes);
            double s2 = rng.nextDouble() * horizon;
            plan = plan.partition(s2, s2 + length, withClient, CLIENT);
        }
        return plan;
    }
}
