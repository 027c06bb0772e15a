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
 * {@code FaultPlan.none().loss(0.01).crashLeader(500, 300).partition(800, 1200, 0, 1)}.
 * Crashes are crash-stop ({@code downFor = +inf}) or crash-recovery; node {@link #LEADER} means "whoever leads
 * (or is primary / coordinator) at that moment". Byzantine nodes are honoured by protocols that tolerate them (PBFT).
 */
public record FaultPlan(double loss, List<Crash> crashes, List<Partition> partitions, Set<Integer> byzantine) {
    /** Stands for the current leader, primary or coordinator in {@link Crash#node()}. */
    public static final int LEADER = -1;

    /** Node {@code node} crashes at {@code at} ms and recovers {@code downFor} ms later (never if infinite). */
    public record Crash(int node, double at, double downFor) {
        public Crash {
            if (node < LEADER) throw Check.fail("node", node, "it must be >= 0 or FaultPlan.LEADER", null);
            Check.nonNegative("at", at);
            if (!(downFor > 0)) throw Check.fail("downFor", downFor, "it must be > 0", "use Double.POSITIVE_INFINITY for crash-stop");
        }
    }

    /** The {@code group} is cut off from everyone else between {@code start} and {@code end} ms. */
    public record Partition(double start, double end, int[] group) {
        public Partition {
            Check.nonNegative("start", start);
            Check.greaterThan("end", end, start);
            group = group.clone();
        }

        @Override public int[] group() { return group.clone(); }
    }

    public FaultPlan {
        Check.probabilityBelowOne("loss", loss);
        crashes = List.copyOf(crashes);
        partitions = List.copyOf(partitions);
        byzantine = Set.copyOf(byzantine);
    }

    public static FaultPlan none() {
        return new FaultPlan(0, List.of(), List.of(), Set.of());
    }

    public FaultPlan loss(double p) {
        return new FaultPlan(p, crashes, partitions, byzantine);
    }

    public FaultPlan crash(int node, double at) {
        return crashRecover(node, at, Double.POSITIVE_INFINITY);
    }

    public FaultPlan crashRecover(int node, double at, double downFor) {
        List<Crash> c = new ArrayList<>(crashes);
        c.add(new Crash(node, at, downFor));
        return new FaultPlan(loss, c, partitions, byzantine);
    }

    public FaultPlan crashLeader(double at, double downFor) {
        return crashRecover(LEADER, at, downFor);
    }

    public FaultPlan partition(double start, double end, int... group) {
        List<Partition> p = new ArrayList<>(partitions);
        p.add(new Partition(start, end, group));
        return new FaultPlan(loss, crashes, p, byzantine);
    }

    public FaultPlan byzantine(int... nodes) {
        Set<Integer> b = new TreeSet<>(byzantine);
        for (int n : nodes) b.add(n);
        return new FaultPlan(loss, crashes, partitions, b);
    }

    public boolean isByzantine(int node) { return byzantine.contains(node); }

    /** Largest node id the plan names (-1 if none): the runner checks it against the cluster size. */
    public int maxNode() {
        int m = -1;
        for (Crash c : crashes) m = Math.max(m, c.node());
        for (Partition p : partitions) for (int g : p.group()) m = Math.max(m, g);
        for (int b : byzantine) m = Math.max(m, b);
        return m;
    }

    /**
     * Schedules the crashes, recoveries and partitions on the network, with times counted from now (a protocol run
     * calls this when client traffic starts, after the cold-start election); {@code leader} names the current
     * leader (or -1).
     */
    public void apply(Network net, IntSupplier leader) {
        double now = net.now();
        for (Crash c : crashes) {
            net.sim().schedule(c.at(), () -> {
                int node = c.node() == LEADER ? leader.getAsInt() : c.node();
                if (node < 0 || !net.isUp(node)) return;
                net.crash(node);
                if (Double.isFinite(c.downFor())) net.sim().schedule(c.downFor(), () -> net.recover(node));
            });
        }
        for (Partition p : partitions) net.partition(now + p.start(), now + p.end(), p.group());
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
}
