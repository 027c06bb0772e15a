package brokerlab.protocol;

import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.CommitPercentile;
import brokerlab.util.Check;

import java.util.Set;

/**
 * What Raft and Multi-Paxos share as models: an elected leader that commits when a majority (its own forced write
 * included) has an entry, so one order-statistics theory predicts both (the first follower to time out wins, so
 * with symmetric timers each node leads with probability 1/n unless the settings place the leader).
 */
public abstract class MajorityQuorumModel implements ProtocolModel {
    private final ProtocolSettings settings;

    /** {@code reads}: the read modes the protocol offers (checked against the settings' workload). */
    protected MajorityQuorumModel(ProtocolSettings settings, String protocol, Set<ReadMode> reads) {
        this.settings = Check.notNull("settings", settings).crashFaultsOnly(protocol).readsIn(protocol, reads);
    }

    @Override public final ProtocolSettings settings() { return settings; }

    @Override public final double predictedCommit() {
        return CommitLatency.majorityQuorumMean(settings.topology(), settings.nodes(), settings.leader(), settings.node());
    }

    @Override public final double predictedCommitPercentile(double q) {
        return CommitPercentile.majorityQuorum(settings.topology(), settings.nodes(), settings.leader(), settings.node(), q);
    }

    @Override public final double predictedResponse() {
        return CommitLatency.leaderResponseMean(settings.topology(), settings.nodes(), settings.leader(), settings.node(),
                l -> CommitLatency.majorityQuorumMean(settings.topology(), settings.nodes(), l, settings.node()));
    }

    @Override public String toString() { return describe(); }
}
