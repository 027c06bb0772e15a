package brokerlab.measure;

import brokerlab.util.Check;

/**
 * Per-message timestamps of one measured run, in {@link System#nanoTime()} nanoseconds: when message k was scheduled
 * to be sent, when it was sent, when a worker took it from the broker (dequeue), when the worker finished it
 * (completion), which worker served it, and the service time drawn for it. Arrays of a fixed size (the run's message
 * count, known in advance), so memory is bounded by the run length and nothing allocates per message. Each slot is
 * written by one thread (the producer, then the one worker that took the message) and read after the threads are
 * joined, which orders the writes before the reads. 0 means "did not happen". A message refused at the queue limit
 * is marked rejected and never sent.
 */
public final class MessageTimeline {
    private final long[] scheduled, sent, dequeued, done, drawn;
    private final int[] worker;
    private final boolean[] rejected;
    private final int workers;
    private volatile int duplicates;

    /** Room for {@code messages} messages served by {@code workers} workers. */
    public MessageTimeline(int messages, int workers) {
        Check.atLeast("messages", messages, 2);
        this.workers = Check.atLeast("workers", workers, 1);
        scheduled = new long[messages];
        sent = new long[messages];
        dequeued = new long[messages];
        done = new long[messages];
        drawn = new long[messages];
        worker = new int[messages];
        rejected = new boolean[messages];
    }

    public int size() { return sent.length; }

    public int workers() { return workers; }

    /** The producer sent message k at {@code sentNanos}; it was due at {@code scheduledNanos}. */
    public void sent(int k, long scheduledNanos, long sentNanos, long drawnServiceNanos) {
        scheduled[k] = scheduledNanos;
        sent[k] = sentNanos;
        drawn[k] = drawnServiceNanos;
    }

    /** The producer refused message k, due at {@code scheduledNanos}, because the queue was at its limit (an HTTP 503). */
    public void rejected(int k, long scheduledNanos) {
        scheduled[k] = scheduledNanos;
        rejected[k] = true;
    }

    /** True when message k was refused at the queue limit. */
    public boolean wasRejected(int k) { return rejected[k]; }

    /**
     * Worker {@code w} took message k at {@code nanos}. Returns false (and counts a duplicate) when k was taken
     * before: a redelivery, which an at-least-once broker may make; the first delivery's timestamps are kept.
     */
    public synchronized boolean dequeued(int k, long nanos, int w) {
        if (dequeued[k] != 0) {
            duplicates++;
            return false;
        }
        dequeued[k] = nanos;
        worker[k] = w;
        return true;
    }

    /** The worker finished message k at {@code nanos}. */
    public void done(int k, long nanos) {
        done[k] = nanos;
    }

    public boolean wasSent(int k) { return sent[k] != 0; }
    public boolean wasDequeued(int k) { return dequeued[k] != 0; }
    public boolean isDone(int k) { return done[k] != 0; }

    public long scheduledAt(int k) { return scheduled[k]; }
    public long sentAt(int k) { return sent[k]; }
    public long dequeuedAt(int k) { return dequeued[k]; }
    public long doneAt(int k) { return done[k]; }
    public long drawnService(int k) { return drawn[k]; }
    public int worker(int k) { return worker[k]; }

    /** Deliveries of a message that had been delivered already. */
    public int duplicates() { return duplicates; }

    /** Messages sent. */
    public int sentCount() {
        int n = 0;
        for (long s : sent) if (s != 0) n++;
        return n;
    }

    /** Messages completed. */
    public int doneCount() {
        int n = 0;
        for (long d : done) if (d != 0) n++;
        return n;
    }
}
