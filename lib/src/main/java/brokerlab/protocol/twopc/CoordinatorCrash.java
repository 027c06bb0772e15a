package brokerlab.protocol.twopc;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import brokerlab.util.Check;

/**
 * A coordinator crash aimed at one transaction: the coordinator of a two-phase commit goes down the moment it holds
 * every vote of transaction {@code transaction} (numbered from 0 in arrival order) and recovers {@code downFor} ms
 * later, so every participant that voted yes stays prepared and undecided until then (Bernstein, Hadzilacos and
 * Goodman 1987, section 7.4). A crash at a fixed time would catch a random number of transactions, which is why
 * blocking is measured this way: run the same replication with and without the crash and subtract their
 * {@link ProtocolRun#BLOCKED} times; common random numbers make the difference the blocking this crash caused.
 * <pre>{@code
 * var model = new TwoPhaseCommit(ProtocolSettings.of(Topology.ONE_DATACENTRE, 3, timeouts).clientRate(5).drain(3000));
 * double extra = new CoordinatorCrash(0, 1000).run(model, RunLength.time(0, 2000), 42, r).blockedTime()
 *         - model.run(RunLength.time(0, 2000), 42, r).blockedTime();   // about 3 participants x 1000 ms
 * }</pre>
 * The run must drain long enough for the coordinator to recover ({@code settings.drain()} above {@code downFor}),
 * or the blocking is cut off at the end of the run.
 *
 * @param transaction the transaction whose complete set of votes triggers the crash, at least 0
 * @param downFor     ms the coordinator stays down, positive
 */
public record CoordinatorCrash(long transaction, double downFor) {
    public CoordinatorCrash {
        Check.atLeast("transaction", transaction, 0L);
        Check.positive("downFor", downFor);
    }

    /** Replication {@code replication} of {@code model} under seed {@code seed}, with this crash. */
    public ProtocolRun run(TwoPhaseCommit model, RunLength length, long seed, int replication) {
        Check.notNull("model", model);
        return new TwoPcCluster(model.settings(), model.abortProbability(), model.bug(), seed, replication)
                .crashAfterVotes(transaction, downFor).run(length);
    }
}
