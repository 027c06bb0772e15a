package brokerlab.protocol.theory;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToDoubleFunction;

/**
 * Failure-free commit latency of the replication protocols as order statistics of replica round trips,
 * computed numerically from the link-delay CDFs ({@link GridDistribution}). The models match the simulations
 * exactly when queueing is negligible (low load) and CPU time is fixed:
 * <ul>
 *   <li>Majority quorum (Raft, Multi-Paxos): the leader starts its own fsync F_0 and sends to every follower;
 *       follower i answers after X_i = D(l,i) + c + F_i + D(i,l) + c. The entry commits at
 *       max(F_0, X_(k)), the k-th fastest of the n-1 followers with k = ceil((n+1)/2) - 1 = floor(n/2)
 *       (Ongaro and Ousterhout 2014, section 5.3; Lamport, "Paxos made simple", 2001, section 3).</li>
 *   <li>Synchronous primary-backup: the same with k = n-1 (the maximum); asynchronous: F_0 alone.</li>
 *   <li>Two-phase commit with coordinator node 0 and participants 1..n: max_i X_i (prepare, forced vote),
 *       then the coordinator's forced decision F_c, then max_i X_i again (commit, forced, ack): two rounds
 *       (Gray and Reuter, <i>Transaction Processing</i>, 1993, section 10.3; Bernstein, Hadzilacos, Goodman,
 *       <i>Concurrency Control and Recovery</i>, 1987, ch. 7).</li>
 * </ul>
 * CPU queueing among replies (several replies arriving within one CPU time) is ignored. All times in ms.
 */
public final class CommitLatency {
    private CommitLatency() {}

    /** A lattice step fine for the jitter and coarse enough that WAN topologies stay fast. */
    public static double defaultStep(Topology t, NodeConfig cfg) {
        double minJitter = Double.POSITIVE_INFINITY, maxMean = 0;
        List<LinkDelay> all = new ArrayList<>(List.of(cfg.fsync(), cfg.cpu()));
        for (LinkDelay[] row : t.delays()) all.addAll(List.of(row));
        for (LinkDelay d : all) {
            if (d.jitterMean() > 0) minJitter = Math.min(minJitter, d.jitterMean());
            maxMean = Math.max(maxMean, d.mean());
        }
        double h = Double.isInfinite(minJitter) ? maxMean / 1000 : minJitter / 100;
        h = Math.max(h, maxMean / 5000);
        return h > 0 ? h : 1e-3;
    }

    private record Key(LinkDelay out, LinkDelay back, NodeConfig cfg, double h) { }

    /** Round trips depend only on the two link delays, so notebooks sweeping leaders reuse them (bounded cache). */
    private static final Map<Key, GridDistribution> CACHE = new ConcurrentHashMap<>();

    /** X_i: out, CPU, fsync, back, CPU between {@code from} and {@code to} in a cluster of {@code nodes}. */
    public static GridDistribution roundTrip(Topology t, int nodes, int from, int to, NodeConfig cfg, double h) {
        Key key = new Key(t.delay(from, to, nodes), t.delay(to, from, nodes), cfg, h);
        GridDistribution hit = CACHE.get(key);
        if (hit != null) return hit;
        GridDistribution cpu = GridDistribution.of(cfg.cpu(), h);
        GridDistribution x = GridDistribution.of(key.out(), h).plus(cpu)
                .plus(GridDistribution.of(cfg.fsync(), h))
                .plus(GridDistribution.of(key.back(), h)).plus(cpu);
        if (CACHE.size() > 64) CACHE.clear();
        CACHE.put(key, x);
        return x;
    }

    private static List<GridDistribution> followers(Topology t, int n, int leader, NodeConfig cfg, double h) {
        List<GridDistribution> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) if (i != leader) xs.add(roundTrip(t, n, leader, i, cfg, h));
        return xs;
    }

    /** Raft / Multi-Paxos: max(F_0, k-th fastest follower) with k = floor(n/2). */
    public static GridDistribution majorityQuorum(Topology t, int n, int leader, NodeConfig cfg, double h) {
        Check.atLeast("n", n, 1);
        GridDistribution own = GridDistribution.of(cfg.fsync(), h);
        int k = quorumFollowers(n);
        if (k == 0) return own;
        return GridDistribution.max(List.of(own, GridDistribution.orderStatistic(followers(t, n, leader, cfg, h), k)));
    }

    /**
     * The mean of {@link #majorityQuorum} for {@code leader}, or, for {@code leader = -1}, averaged over the n
     * possible leaders: the first follower to time out wins, so each node leads with probability 1/n by the
     * symmetry of the timers.
     */
    public static double majorityQuorumMean(Topology t, int n, int leader, NodeConfig cfg) {
        double h = defaultStep(t, cfg);
        return overLeaders(n, leader, l -> majorityQuorum(t, n, l, cfg, h).mean());
    }

    /**
     * The failure-free client-visible response: the client (zone 0) sends to {@code leader} (one-way delay), the
     * leader spends one CPU step, reaches its commit point after {@code commitMean.applyAsDouble(leader)} ms and
     * replies (one-way delay). Averaged over the n possible leaders for {@code leader = -1}. Mean of a sum is the
     * sum of the means, so this is exact when queueing is negligible.
     */
    public static double leaderResponseMean(Topology t, int n, int leader, NodeConfig cfg, IntToDoubleFunction commitMean) {
        return overLeaders(n, leader, l -> t.delay(n, l, n).mean() + cfg.cpu().mean() + commitMean.applyAsDouble(l) + t.delay(l, n, n).mean());
    }

    private static double overLeaders(int n, int leader, IntToDoubleFunction f) {
        Check.atLeast("n", n, 1);
        if (leader >= 0) return f.applyAsDouble(leader);
        double s = 0;
        for (int l = 0; l < n; l++) s += f.applyAsDouble(l);
        return s / n;
    }

    /** Acks a majority quorum needs besides the leader: ceil((n+1)/2) - 1 = floor(n/2). */
    public static int quorumFollowers(int n) {
        return (n + 2) / 2 - 1;
    }

    /**
     * The exact mean for identical links {@code base + exp(m)} both ways, fixed fsync f and no CPU: every follower's
     * round trip is c + Erlang(2, m) with c = 2 base + f (which exceeds the leader's own f), so the commit mean is
     * c + m * integral_0^inf sum_{j&lt;k} C(N, j) F(u)^j (1 - F(u))^(N-j) du with F(u) = 1 - e^{-u}(1 + u),
     * N = n - 1 followers and k = floor(n/2), evaluated by Gauss-Legendre quadrature (David and Nagaraja 2003,
     * eq. 3.1.1 for the order-statistic tail). An independent check of the lattice computation.
     */
    public static double majorityQuorumExact(int n, LinkDelay link, double fsync) {
        Check.atLeast("n", n, 2);
        if (!link.isExponential())
            throw Check.fail("link", link, "it must be base + exponential jitter", "use majorityQuorum for other delays");
        Check.nonNegative("fsync", fsync);
        int followers = n - 1, k = quorumFollowers(n);
        org.apache.commons.math3.analysis.UnivariateFunction tail = u -> {
            double f = 1 - Math.exp(-u) * (1 + u), sum = 0;
            for (int j = 0; j < k; j++)
                sum += org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientDouble(followers, j)
                        * Math.pow(f, j) * Math.pow(1 - f, followers - j);
            return sum;
        };
        var integrator = new org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator(16, 1e-12, 1e-14);
        double integral = 0;
        for (int a = 0; a < 80; a += 5) integral += integrator.integrate(1_000_000, tail, a, a + 5);
        return 2 * link.base() + fsync + link.jitterMean() * integral;
    }

    /** Synchronous primary-backup: max(F_0, slowest backup). */
    public static GridDistribution allReplicas(Topology t, int n, int primary, NodeConfig cfg, double h) {
        GridDistribution own = GridDistribution.of(cfg.fsync(), h);
        if (n == 1) return own;
        List<GridDistribution> xs = followers(t, n, primary, cfg, h);
        xs.add(own);
        return GridDistribution.max(xs);
    }

    /** Two-phase commit, coordinator 0 and participants 1..participants, until every participant acknowledged. */
    public static GridDistribution twoPhaseCommit(Topology t, int participants, NodeConfig cfg, double h) {
        return twoPhaseDecision(t, participants, cfg, h).plus(prepareRound(t, participants, cfg, h));
    }

    /** Two-phase commit until the coordinator's forced decision, the commit point the client hears about. */
    public static GridDistribution twoPhaseDecision(Topology t, int participants, NodeConfig cfg, double h) {
        return prepareRound(t, participants, cfg, h).plus(GridDistribution.of(cfg.fsync(), h));
    }

    private static GridDistribution prepareRound(Topology t, int participants, NodeConfig cfg, double h) {
        Check.atLeast("participants", participants, 1);
        return GridDistribution.max(followers(t, participants + 1, 0, cfg, h));
    }
}
