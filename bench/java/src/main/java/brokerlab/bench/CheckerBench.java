package brokerlab.bench;

import brokerlab.consistency.Budget;
import brokerlab.consistency.History;
import brokerlab.consistency.InMemoryStore;
import brokerlab.consistency.LinearizabilityChecker;
import brokerlab.consistency.Verdict;

import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of the linearizability checker on histories from the in-memory store: 10^4 operations on one key (the
 * hard case: no partitioning helps) with 4, 8 and 16 client processes, from a correct store and from two broken
 * ones (a violation makes the checker also minimise the counterexample), and 10^5 operations on 100 keys. For each:
 * the first check in this JVM (cold) and the median of 5 checks after 2 s of warm-up (warm), with the search states
 * spent. Run by {@code bench/checker.sh}.
 */
public final class CheckerBench {
    private CheckerBench() {}

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%-11s %9s %5s %6s %12s %9s %9s  %s%n", "store", "ops", "keys", "procs", "states", "cold s", "warm s", "verdict");
        row(InMemoryStore.Bug.NONE, 8, 10_000, 1);   // the very first check of the JVM: the cold number users feel
        for (int procs : new int[]{4, 8, 16})
            for (InMemoryStore.Bug bug : InMemoryStore.Bug.values()) {
                if (bug == InMemoryStore.Bug.BLIND_CAS) continue;
                row(bug, procs, 10_000, 1);
            }
        row(InMemoryStore.Bug.NONE, 16, 100_000, 100);
        row(InMemoryStore.Bug.LOST_WRITE, 16, 100_000, 100);
    }

    private static void row(InMemoryStore.Bug bug, int procs, int ops, int keys) {
        History h = InMemoryStore.run(bug, InMemoryStore.Workload.register(procs, ops).keys(keys), 1);
        long t0 = System.nanoTime();
        Verdict v = LinearizabilityChecker.check(h, Budget.DEFAULT);
        double cold = (System.nanoTime() - t0) / 1e9;
        double spent = 0;
        while (spent < 2) {
            long t = System.nanoTime();
            LinearizabilityChecker.check(h, Budget.DEFAULT);
            spent += (System.nanoTime() - t) / 1e9;
        }
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            LinearizabilityChecker.check(h, Budget.DEFAULT);
            warm[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-11s %9d %5d %6d %12d %9.3f %9.3f  %s%n", bug.name().toLowerCase(Locale.ROOT), ops, keys, procs,
                v.states(), cold, warm[2], v.outcome());
    }
}
