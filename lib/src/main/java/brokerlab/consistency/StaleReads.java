package brokerlab.consistency;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads that returned an overwritten value: read r of key k is stale when the write of the value it returned
 * completed before some other write w' to k began, and w' completed before r began (real time orders the first
 * write before w' and w' before r, so no linearisation lets r return that value). A read of JSON null is stale when
 * any write to its key completed before it began. This is a per-read count (how often clients see old data, the
 * quantity of probabilistically bounded staleness, Bailis et al., VLDB 2012), coarser than the linearizability
 * check: a history can be non-linearizable with no stale read (a new-old inversion among concurrent operations),
 * and a stale read always makes it non-linearizable. Only ok reads count; a value no write wrote is not counted.
 */
public record StaleReads(long reads, long stale) {
    public StaleReads {
        Check.atLeast("reads", reads, 0L);
        if (stale < 0 || stale > reads) throw Check.fail("stale", stale, "it must be in [0, reads = " + reads + "]", null);
    }

    /** Fraction of ok reads that were stale (0 when there were none). */
    public double rate() { return reads == 0 ? 0 : (double) stale / reads; }

    /** Counts the stale reads of {@code history}, key by key, in O(n log n). */
    public static StaleReads of(History history) {
        Check.notNull("history", history);
        long reads = 0, stale = 0;
        for (List<Operation> ops : history.byKey().values()) {
            List<Operation> writes = new ArrayList<>();
            Map<String, Integer> lastCompletion = new HashMap<>();   // value -> latest completion of a write of it
            for (Operation o : ops) {
                if (!o.mutates() || o.status() == Operation.Status.FAIL) continue;
                int done = o.ok() ? o.completeIndex() : Integer.MAX_VALUE;   // an unknown outcome may land any time
                lastCompletion.merge(o.value(), done, Math::max);
                if (o.ok()) writes.add(o);
            }
            writes.sort((a, b) -> Integer.compare(a.completeIndex(), b.completeIndex()));
            int[] completes = new int[writes.size()], latestStart = new int[writes.size()];
            for (int i = 0; i < writes.size(); i++) {
                completes[i] = writes.get(i).completeIndex();
                latestStart[i] = Math.max(i == 0 ? -1 : latestStart[i - 1], writes.get(i).invokeIndex());
            }
            for (Operation r : ops) {
                if (r.kind() != OpKind.READ || !r.ok()) continue;
                reads++;
                int before = lastBelow(completes, r.invokeIndex());
                if (before < 0) continue;                      // no write completed before the read began
                Integer written = r.value().equals("null") ? Integer.valueOf(-1) : lastCompletion.get(r.value());
                if (written != null && written < latestStart[before]) stale++;
            }
        }
        return new StaleReads(reads, stale);
    }

    /** Index of the last element below {@code x} in a sorted array, or -1. */
    private static int lastBelow(int[] sorted, int x) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }
}
