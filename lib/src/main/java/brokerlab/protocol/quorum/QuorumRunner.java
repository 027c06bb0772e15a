package brokerlab.protocol.quorum;

import brokerlab.consistency.History;
import brokerlab.consistency.HistoryRecorder;
import brokerlab.consistency.LinearizabilityChecker;
import brokerlab.consistency.StaleReads;
import brokerlab.consistency.Verdict;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.random.RandomStream;
import brokerlab.timeline.TimelineRecorder;
import brokerlab.util.Check;

/** Runs one {@link QuorumScenario} against one {@link QuorumConfig} and measures it ({@link QuorumRun}). */
final class QuorumRunner {
    /** Client p draws from stream CLIENT_STREAMS + p, clear of the conventional sources. */
    private static final int CLIENT_STREAMS = 16;

    private QuorumRunner() {}

    static QuorumRun run(QuorumScenario s, QuorumConfig cfg, long seed, int replication, double tlFrom, double tlTo) {
        Check.notNull("config", cfg);
        FaultPlan faults = s.faults();
        if (faults.maxNode() >= cfg.nodes())
            throw Check.fail("faults", "node " + faults.maxNode(), "it must name servers below " + cfg.nodes(), null);
        var store = new QuorumCluster(cfg, s.topology(), s.node(), faults.loss(), seed, replication);
        TimelineRecorder rec = Double.isNaN(tlFrom) ? null : TimelineRecorder.attach(store.network(), tlFrom, tlTo);
        double[][] windows = faults.partitions().stream().map(p -> new double[]{p.start(), p.end()}).toArray(double[][]::new);
        var tally = new QuorumTally(windows);
        var history = new HistoryRecorder();
        store.start();
        faults.apply(store.network(), () -> -1);   // a store has no leader: FaultPlan.LEADER crashes nobody
        QuorumWorkload w = s.workload();
        for (int p = 0; p < w.clients(); p++)
            new QuorumClient(p, store, w, RandomStream.of(seed, replication, CLIENT_STREAMS + p), history, tally, rec).start();
        store.simulator().runUntil(w.duration() + w.clientTimeout() + s.drain());
        History h = history.history();
        Verdict v = LinearizabilityChecker.check(h, s.budget());
        StaleReads stale = StaleReads.of(h);
        long lost = tally.ackedWrites().stream().filter(a -> !store.survives(a.key(), a.version())).count();
        return new QuorumRun(s.name(), cfg, tally.invoked(), tally.ok(), tally.availability(), tally.availabilityInWindows(),
                tally.meanLatency(), tally.latencyQuantile(0.99), stale.reads(), stale.stale(), v.keys(), v.failedKeys().size(),
                v.unknownKeys().size(), v, tally.ackedWrites().size(), lost, tally.siblingReads(), store.readRepairs(),
                store.hintsWritten(), store.handoffs(), store.pendingHints(), store.network().messages(), h,
                rec == null ? null : rec.timeline());
    }
}
