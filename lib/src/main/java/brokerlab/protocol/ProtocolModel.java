package brokerlab.protocol;

import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;

import java.util.Set;

/**
 * One replication protocol as a {@link Model}: Raft, Multi-Paxos, PBFT, two-phase commit and primary-backup each
 * implement it, so {@link brokerlab.experiment.Experiment} runs them like any other model and a new protocol is a
 * new class, never a new case in a switch.
 * <pre>{@code
 * ProtocolModel raft = new Raft(ProtocolSettings.of(Topology.THREE_ZONES, 5, Raft.defaultTimeouts(Topology.THREE_ZONES)));
 * Estimates<ProtocolRun> e = Experiment.of(raft).time(0, 5_000).replications(10).seed(42).run();
 * e.get(ProtocolRun.MEAN_RESPONSE);    // client-visible, client-to-leader hop included
 * raft.predictedResponse();            // the order-statistics theory beside it
 * }</pre>
 *
 * <p>Run length: {@link RunLength.Time} in ms of client traffic (warm-up, then measured); a
 * {@link RunLength.Customers} length is converted at the client rate (operations per ms). The cold-start election
 * comes before either and is reported on its own ({@link ProtocolRun#COLD_START}).
 */
public interface ProtocolModel extends Model<ProtocolRun> {

    /** The protocol's name in tables and on the command line, e.g. {@code "raft"}. */
    String name();

    /** Topology, nodes, faults, load and timers of this model. */
    ProtocolSettings settings();

    /** The same protocol with other settings. */
    ProtocolModel with(ProtocolSettings settings);

    /** Failure-free mean commit latency from the order-statistics theory (ms); NaN where none applies. */
    double predictedCommit();

    /** Failure-free q-quantile of the commit latency (ms), queueing ignored; NaN where none applies. */
    double predictedCommitPercentile(double q);

    /** Failure-free mean client-visible response (ms): client-to-leader hop, commit point, reply; NaN where none applies. */
    double predictedResponse();

    /** Replica-to-replica messages per committed entry in the failure-free steady state. */
    double predictedMessagesPerEntry();

    /** The read modes this protocol answers in; empty when its clients only write (the default). */
    default Set<ReadMode> readModes() {
        return Set.of();
    }

    /** Five seconds of client traffic, no warm-up (the cold-start election is kept out anyway). */
    @Override
    default RunLength defaultLength() {
        return RunLength.time(0, 5_000);
    }

    @Override
    default String describe() {
        return name() + " on " + settings().topology() + ", n=" + settings().nodes();
    }
}
