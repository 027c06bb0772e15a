package brokerlab.measure;

import java.util.Arrays;

/**
 * The state of the workers at any instant of a finished run, read back from its {@link MessageTimeline}: how many were busy
 * (inside a [dequeue, completion) interval) and how many messages were waiting (sent, not yet dequeued), per queue
 * (one shared queue, or one partition per worker). Sorted arrays and binary search: O(log n) per question.
 */
final class BusyWorkers {
    private final boolean partitioned;
    private final long[][] starts, ends, sends, takes;

    BusyWorkers(MessageTimeline t, boolean partitioned, long endNanos) {
        this.partitioned = partitioned;
        int groups = partitioned ? t.workers() : 1;
        int[] busy = new int[groups], sent = new int[groups];
        for (int k = 0; k < t.size(); k++) {
            if (t.wasDequeued(k)) busy[group(t, k)]++;
            if (t.wasSent(k) && t.wasDequeued(k)) sent[group(t, k)]++;
        }
        starts = new long[groups][];
        ends = new long[groups][];
        sends = new long[groups][];
        takes = new long[groups][];
        for (int g = 0; g < groups; g++) {
            starts[g] = new long[busy[g]];
            ends[g] = new long[busy[g]];
            sends[g] = new long[sent[g]];
            takes[g] = new long[sent[g]];
        }
        int[] fill = new int[groups];
        for (int k = 0; k < t.size(); k++) {
            if (!t.wasDequeued(k)) continue;
            int g = group(t, k), i = fill[g]++;
            starts[g][i] = t.dequeuedAt(k);
            ends[g][i] = t.isDone(k) ? t.doneAt(k) : endNanos;
            sends[g][i] = t.sentAt(k);
            takes[g][i] = t.dequeuedAt(k);
        }
        for (int g = 0; g < groups; g++) {
            Arrays.sort(starts[g]);
            Arrays.sort(ends[g]);
            Arrays.sort(sends[g]);
            Arrays.sort(takes[g]);
        }
    }

    /** The queue message k went to: its worker's partition, or 0 for the shared queue. */
    int group(MessageTimeline t, int k) {
        return partitioned ? t.worker(k) : 0;
    }

    /** Workers of queue {@code g} inside a service at instant {@code at}. */
    int busy(int g, long at) {
        return countAtMost(starts[g], at) - countAtMost(ends[g], at);
    }

    /** Messages of queue {@code g} sent by {@code at} and not yet taken (ever taken ones only: a lost message never waited for a worker). */
    int waiting(int g, long at) {
        return countAtMost(sends[g], at) - countAtMost(takes[g], at);
    }

    private static int countAtMost(long[] sorted, long x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) return -i - 1;
        while (i + 1 < sorted.length && sorted[i + 1] == x) i++;
        return i + 1;
    }
}
