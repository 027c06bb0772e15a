package brokerlab.scratch;

import brokerlab.consistency.*;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.net.*;
import brokerlab.protocol.raft.Raft;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

class ZzReadsScratch {
    @Test
    void scan() {
        var t = Topology.ONE_DATACENTRE;
        for (ReadMode mode : new ReadMode[]{ReadMode.valueOf(System.getProperty("mode", "READ_INDEX"))}) {
            long t0 = System.nanoTime();
            int bad = 0, unknown = 0, runs = Integer.getInteger("runs", 30); long ops = 0, reads = 0, stale = 0;
            String first = null;
            for (int k = 0; k < runs; k++) {
                var rng = RandomStream.of(7, k, RandomStream.MISC);
                var plan = FaultPlan.random(rng, 5, 2000, 2, 0.01).clockSkew(rng.nextInt(5), 1.2);
                var s = ProtocolSettings.of(t, 5, Raft.defaultTimeouts(t)).faults(plan).clientRate(Integer.getInteger("rate", 200)).drain(1000)
                        .workload(ClientWorkload.WRITES.keys(Integer.getInteger("keys", 2)).reads(0.5, mode).recordHistory(true));
                var r = new Raft(s).run(RunLength.time(0, 2000), 7, k);
                var v = LinearizabilityChecker.check(r.history(), Budget.states(Integer.getInteger("states", 200_000)));
                var sr = StaleReads.of(r.history());
                ops += r.history().size(); reads += sr.reads(); stale += sr.stale();
                if (v.outcome() == Verdict.Outcome.NOT_LINEARIZABLE) { bad++; if (first == null) first = v.counterexample().explanation(); }
                if (v.outcome() == Verdict.Outcome.UNKNOWN) { unknown++; System.out.println("  unknown run " + k + " conc " + r.history().maxConcurrency() + " " + v.summary()); }
                if (!r.violations().isEmpty()) System.out.println("VIOLATION " + r.violations());
            }
            System.out.printf("%s: %d/%d not linearizable, %d unknown, ops %d, stale %d/%d, %.1f s%n", mode, bad, runs, unknown, ops, stale, reads, (System.nanoTime() - t0) / 1e9);
            if (first != null) System.out.println(first);
        }
    }
}
