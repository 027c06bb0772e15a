package brokerlab.protocol.paxos;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MajorityQuorumModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.MessageCounts;
import java.util.Set;

/**
 * Multi-Paxos (Lamport, "Paxos made simple", 2001) as a {@link brokerlab.protocol.ProtocolModel}: every node is
 * proposer, acceptor and learner; one prepare phase per leader (from its commit index), one accept round per
 * operation, learners told the commit index (see {@code PaxosCluster}). Its timers follow Raft's scaling
 * ({@link Timeouts#forRoundTrip}).
 */
public final class MultiPaxos extends MajorityQuorumModel {
    private final PaxosBug bug;

    public MultiPaxos(ProtocolSettings settings) {
        this(settings, null);
    }

    /** A model with a planted bug (null: none), for {@link PaxosMutants} only. */
    MultiPaxos(ProtocolSettings settings, PaxosBug bug) {
        super(settings, "Multi-Paxos", Set.of());
        this.bug = bug;
    }

    /** Leader timeouts scaled to the topology's largest round trip, as for Raft. */
    public static Timeouts defaultTimeouts(Topology t) {
        return Timeouts.forRoundTrip(t.maxRoundTrip());
    }

    @Override public String name() { return "multi-paxos"; }
    @Override public MultiPaxos with(ProtocolSettings s) { return new MultiPaxos(s, bug); }

    @Override public ProtocolRun run(RunLength length, long seed, int replication) {
        return new PaxosCluster(settings(), bug, seed, replication).run(length);
    }

    @Override public double predictedMessagesPerEntry() { return MessageCounts.multiPaxos(settings().nodes()); }
}
