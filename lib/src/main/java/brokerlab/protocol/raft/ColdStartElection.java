package brokerlab.protocol.raft;

import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;

/**
 * One Raft election from a cold start, with no clients: all n election timers start together, and the run stops
 * the moment some server leads. Records when that happened (ms), how many servers stood as candidates in term 1
 * (two or more: a competing candidate, the event {@link brokerlab.protocol.theory.ElectionTime} bounds) and in which
 * term the leader was elected (above 1: term 1 ended without a leader, a split vote). Ongaro and Ousterhout 2014,
 * section 5.2.
 */
public record ColdStartElection(double time, int candidatesInFirstTerm, int leaderTerm) {

    /** Runs replication {@code replication} of seed {@code seed} until the first leader exists. */
    public static ColdStartElection run(int n, Topology topology, NodeConfig node, Timeouts timeouts, long seed, int replication) {
        var cluster = new RaftCluster(ProtocolSettings.of(topology, n, timeouts).node(node), null, seed, replication);
        cluster.start();
        while (cluster.leader() < 0 && cluster.simulator().step()) { }
        cluster.simulator().reportWork();
        int leader = cluster.leader();
        return new ColdStartElection(cluster.simulator().now(), cluster.candidates(1), leader < 0 ? -1 : cluster.term(leader));
    }

    /** A second server became a candidate in term 1. */
    public boolean competing() { return candidatesInFirstTerm >= 2; }

    /** Term 1 produced no leader. */
    public boolean splitVote() { return leaderTerm > 1; }
}
