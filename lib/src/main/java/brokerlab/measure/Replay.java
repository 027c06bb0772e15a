package brokerlab.measure;

import brokerlab.util.Check;

/**
 * What a perfect broker would have given this very run: the FCFS recursion (Kiefer–Wolfowitz, as
 * {@code model.FcfsRecursion}) fed with the measured send instants and the measured service times (drawn time plus the
 * timer's overshoot) of every message, in send order, with no transit time at all. The measured response minus the
 * replayed one is therefore the broker's share of the gap (client calls, loopback, dispatch), and the replayed one
 * minus a simulation with the same draws is the producer's and the timer's share. A shared queue of identical
 * workers is replayed as c servers, each message to the earliest free one; otherwise (partitions, or workers of
 * different speeds, where the measured service depends on the worker) each message is replayed on the worker that
 * actually served it.
 *
 * @param waits     replayed waits of the completed measured messages, in send order, ms
 * @param responses replayed responses, ms
 */
public record Replay(double[] waits, double[] responses) {

    /** Replays the run behind {@code t}; {@code anyWorker} selects the c-server form. */
    public static Replay of(MessageTimeline t, int warmup, boolean anyWorker) {
        Check.notNull("timeline", t);
        int n = t.size(), c = t.workers(), measured = 0;
        for (int k = warmup; k < n; k++) if (t.isDone(k)) measured++;
        double[] waits = new double[measured], responses = new double[measured];
        long[] free = new long[c];
        int i = 0;
        for (int k = 0; k < n; k++) {
            if (!t.isDone(k)) continue;   // a message never completed has no service time to replay
            long arrival = t.sentAt(k), service = t.doneAt(k) - t.dequeuedAt(k);
            int server = t.worker(k);
            if (anyWorker) {
                server = 0;
                for (int s = 1; s < c; s++) if (free[s] < free[server]) server = s;
            }
            long start = Math.max(arrival, free[server]);
            free[server] = start + service;
            if (k >= warmup) {
                waits[i] = (start - arrival) / 1e6;
                responses[i++] = (start + service - arrival) / 1e6;
            }
        }
        return new Replay(waits, responses);
    }
}
