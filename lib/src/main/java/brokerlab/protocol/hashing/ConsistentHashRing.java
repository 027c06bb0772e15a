package brokerlab.protocol.hashing;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A consistent-hashing ring (Karger et al., "Consistent hashing and random trees", STOC 1997) with virtual nodes
 * and a replication factor as in Dynamo (DeCandia et al., SOSP 2007, sections 4.2-4.3): each physical node owns
 * {@code virtualNodes} pseudo-random points on a circle of 2^63 positions; a key belongs to the first point
 * clockwise from its hash, and its preference list is the first {@code replicas} distinct physical nodes met
 * clockwise. Adding a node moves only the keys it takes over, 1/(N+1) of them in expectation by symmetry;
 * with one point per node the largest share is (1/N) H_N in expectation (the longest of N spacings of a circle),
 * so max/mean load is about H_N = ln N + 0.577, and v points per node shrink the spread roughly as 1/sqrt(v).
 * Immutable: {@link #withNode} and {@link #withoutNode} return new rings. Point placement depends on {@code seed}.
 */
public final class ConsistentHashRing {
    private static final double CIRCLE = 0x1p63;

    private final long seed;
    private final int virtualNodes, replicas;
    private final TreeSet<Integer> nodes;
    private final long[] points;
    private final int[] owners;

    public ConsistentHashRing(Collection<Integer> nodes, int virtualNodes, int replicas, long seed) {
        this.virtualNodes = Check.atLeast("virtualNodes", virtualNodes, 1);
        this.replicas = Check.atLeast("replicas", replicas, 1);
        this.seed = seed;
        this.nodes = new TreeSet<>(nodes);
        Check.atLeast("nodes", this.nodes.size(), 1);
        if (replicas > this.nodes.size())
            throw Check.fail("replicas", replicas, "it must be <= the number of nodes (" + this.nodes.size() + ")", "add nodes or lower replicas");
        int m = this.nodes.size() * virtualNodes;
        long[][] pairs = new long[m][];
        int k = 0;
        for (int node : this.nodes) for (int v = 0; v < virtualNodes; v++) pairs[k++] = new long[]{point(node, v), node};
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        points = new long[m];
        owners = new int[m];
        for (int i = 0; i < m; i++) { points[i] = pairs[i][0]; owners[i] = (int) pairs[i][1]; }
    }

    /** Nodes 0..n-1. */
    public static ConsistentHashRing of(int n, int virtualNodes, int replicas, long seed) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < Check.atLeast("n", n, 1); i++) ids.add(i);
        return new ConsistentHashRing(ids, virtualNodes, replicas, seed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long point(int node, int v) {
        return mix(seed ^ mix(0x9E3779B97F4A7C15L * (node + 1L) + v)) >>> 1;
    }

    /** Position of key {@code key} on the circle (independent of the nodes, so rings can be compared). */
    public long position(long key) {
        return mix(mix(key) ^ 0xD6E8FEB86659FD93L) >>> 1;
    }

    private int successor(long pos) {
        int i = Arrays.binarySearch(points, pos);
        if (i < 0) i = -i - 1;
        return i == points.length ? 0 : i;
    }

    /** The node that owns {@code key}. */
    public int owner(long key) {
        return owners[successor(position(key))];
    }

    /** The preference list of {@code key}: the first {@code replicas} distinct nodes clockwise. */
    public int[] preferenceList(long key) {
        int[] out = new int[replicas];
        int found = 0;
        for (int i = successor(position(key)), steps = 0; found < replicas && steps < points.length; i = (i + 1) % points.length, steps++) {
            int o = owners[i];
            boolean seen = false;
            for (int j = 0; j < found; j++) if (out[j] == o) { seen = true; break; }
            if (!seen) out[found++] = o;
        }
        return out;
    }

    public ConsistentHashRing withNode(int node) {
        if (nodes.contains(node)) throw Check.fail("node", node, "it is already on the ring", null);
        List<Integer> ids = new ArrayList<>(nodes);
        ids.add(node);
        return new ConsistentHashRing(ids, virtualNodes, replicas, seed);
    }

    public ConsistentHashRing withoutNode(int node) {
        if (!nodes.contains(node)) throw Check.fail("node", node, "it is not on the ring", null);
        List<Integer> ids = new ArrayList<>(nodes);
        ids.remove(Integer.valueOf(node));
        return new ConsistentHashRing(ids, virtualNodes, replicas, seed);
    }

    /** Fraction of the circle each node owns (its expected share of uniformly hashed keys), by node id order. */
    public double[] shares() {
        List<Integer> ids = new ArrayList<>(nodes);
        double[] s = new double[ids.size()];
        for (int i = 0; i < points.length; i++) {
            long from = i == 0 ? points[points.length - 1] - (long) CIRCLE : points[i - 1];
            double arc = i == 0 ? (points[0] + (CIRCLE - points[points.length - 1])) : (double) (points[i] - from);
            s[ids.indexOf(owners[i])] += arc / CIRCLE;
        }
        return s;
    }

    /** Max share over mean share (1 = perfectly balanced). */
    public double imbalance() {
        double[] s = shares();
        double max = 0;
        for (double x : s) max = Math.max(max, x);
        return max * s.length;
    }

    /** Keys 0..keys-1 whose owner differs between this ring and {@code other}. */
    public long keysMoved(ConsistentHashRing other, long keys) {
        long moved = 0;
        for (long k = 0; k < keys; k++) if (owner(k) != other.owner(k)) moved++;
        return moved;
    }

    /**
     * Keys 0..keys-1 whose preference list differs between the rings: the data that must be copied when a node
     * joins with replication. With one point per node the new node enters the first r of N + 1 clockwise from a
     * uniform key with probability r/(N+1), the replication analogue of K/(N+1).
     */
    public long preferenceListsChanged(ConsistentHashRing other, long keys) {
        long changed = 0;
        for (long k = 0; k < keys; k++) if (!Arrays.equals(preferenceList(k), other.preferenceList(k))) changed++;
        return changed;
    }

    public int size() { return nodes.size(); }
    public int virtualNodes() { return virtualNodes; }
    public int replicas() { return replicas; }

    /** E[max share / mean share] with one point per node: N times the expected longest of N circle spacings, H_N. */
    public static double expectedImbalanceOnePoint(int n) {
        double h = 0;
        for (int i = 1; i <= n; i++) h += 1.0 / i;
        return h;
    }
}
