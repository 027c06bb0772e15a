package brokerlab.model;

import brokerlab.random.RandomStream;

import java.util.function.DoubleConsumer;

/**
 * The event-free fast path for a FCFS G/G/c station with identical servers and an infinite buffer: the
 * Kiefer–Wolfowitz recursion in its earliest-free-server form (Kiefer & Wolfowitz 1955; Asmussen, <i>Applied
 * Probability and Queues</i>, 2003, XII.2). Keep the time each server next becomes free; customer k, arriving at
 * a_k, starts at s_k = max(a_k, min_m free_m) on that server, waits s_k − a_k and frees it at s_k + S_k.
 * For c = 1 it is Lindley's recursion. It is the twin of {@link FcfsEvents} (same draws, same order, same
 * per-customer waits) as SSJ's {@code QueueLindley} is of {@code QueueEv}.
 *
 * <p>Time averages are measured, not derived: between consecutive arrivals a_{k−1} and a_k, server m is busy
 * exactly while t < free_m (each server is continuously busy up to its free time once an arrival has seen it),
 * and the jobs waiting are those whose start times, a non-decreasing sequence under FCFS, lie beyond t. The start
 * times of waiting jobs sit in a small FIFO ring (as long as the longest queue, not the run), so the area under
 * the queue-length path is summed exactly, piece by piece. Cost: O(c) per customer.
 */
final class FcfsRecursion {
    private FcfsRecursion() {}

    static RunSummary run(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace) {
        if (!p.recursionApplies()) {
            throw new IllegalArgumentException("engine = RECURSION is invalid for discipline " + p.discipline()
                    + " with capacity " + p.capacity() + ": the recursion needs FCFS and an infinite buffer; use Engine.EVENTS or AUTO");
        }
        final int c = p.servers();
        final double[] free = new double[c];
        final RandomStream arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        final RandomStream services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        final Sampler interArrival = new Sampler(p.arrival());
        final Sampler service = new Sampler(p.service());
        final Tally tally = new Tally(p.service().mean());
        final long total = warmup + customers;

        double[] starts = new double[64];           // FIFO ring of start times of jobs still waiting
        int head = 0, waiting = 0, mask = 63;
        double areaQueue = 0, areaBusy = 0;
        double previous = 0, t = 0, observedFrom = 0;

        for (long k = 0; k < total; k++) {
            t += interArrival.next(arrivals);
            boolean inWindow = k > warmup;          // window [a_warmup, a_last]: piece [a_{k-1}, a_k) counts
            double dt = t - previous;
            if (k == warmup) observedFrom = t;
            // earliest free server, and the busy area on [previous, t) in the same pass
            int m = 0;
            double earliest = free[0], busy = 0;
            for (int j = 0; j < c; j++) {
                double f = free[j];
                if (f < earliest) { earliest = f; m = j; }
                if (f > previous) busy += Math.min(f, t) - previous;
            }
            if (inWindow) {
                areaBusy += busy;
                areaQueue += waiting * dt;
            }
            while (waiting > 0 && starts[head] <= t) {      // jobs that started in [previous, t]
                if (inWindow) areaQueue -= t - starts[head];
                head = (head + 1) & mask;
                waiting--;
            }
            double start = earliest > t ? earliest : t;
            double s = service.next(services);
            free[m] = start + s;
            if (start > t) {
                if (waiting == starts.length) {
                    starts = grow(starts, head, waiting);
                    head = 0;
                    mask = starts.length - 1;
                }
                starts[(head + waiting) & mask] = start;
                waiting++;
            }
            if (k >= warmup) {
                double wait = start - t;
                tally.arrival();
                tally.waited(wait, wait > 0);
                tally.responded(wait + s);
                if (waitTrace != null) waitTrace.accept(wait);
            }
            previous = t;
        }
        double observed = t - observedFrom;
        double areaSystem = areaQueue + areaBusy;   // FCFS: N(t) = waiting + busy servers
        double end = t;
        for (double f : free) end = Math.max(end, f);
        return tally.summary(customers, end, observed, c, areaQueue, areaSystem, areaBusy,
                p.service().hasInfiniteVariance(), Engine.RECURSION);
    }

    private static double[] grow(double[] ring, int head, int size) {
        int mask = ring.length - 1;
        double[] bigger = new double[ring.length * 2];
        for (int j = 0; j < size; j++) bigger[j] = ring[(head + j) & mask];
        return bigger;
    }
}
