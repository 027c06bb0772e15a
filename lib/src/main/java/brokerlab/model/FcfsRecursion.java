package brokerlab.model;

import brokerlab.random.RandomStream;
import brokerlab.sim.SimulatedWork;

import java.util.function.DoubleConsumer;

/**
 * The event-free fast path for a FCFS G/G/c station with identical servers and an infinite buffer: the
 * Kiefer–Wolfowitz recursion in its earliest-free-server form (Kiefer &amp; Wolfowitz 1955; Asmussen, <i>Applied
 * Probability and Queues</i>, 2003, §XII.2). Keep the time each server next becomes free; customer k, arriving at
 * a_k, starts at s_k = max(a_k, min_m free_m) on that server, waits s_k − a_k and frees it at s_k + S_k.
 * For c = 1 it is Lindley's recursion. It is the twin of {@link FcfsEvents} (same draws, same order, same
 * per-customer waits, tested) as SSJ's {@code QueueLindley} is of {@code QueueEv}.
 *
 * <p>Time averages are measured exactly over the window [T0, T1] (first and last measured arrival), by sample-path
 * identities rather than Little's law. Two facts make it cheap. (1) Once the recursion has seen an arrival at a,
 * every server m is busy without a gap on [a, free_m): a job only ever joins a server at max(arrival, free).
 * Hence the busy area on [T0, T1] = Σ_m (free_m − T0)⁺ just before T0 + Σ_{k ≥ W} S_k − Σ_m (free_m − T1)⁺ at
 * the end. (2) Start times are non-decreasing under FCFS, so the jobs waiting at any arrival are the last few
 * customers; keeping the last start times in a ring (grown whenever a job still waiting would be overwritten, so
 * its size follows the longest queue, not the run) gives the queue area = Σ_{k ≥ W} wait_k − Σ_{k ≥ W} (s_k − T1)⁺
 * + Σ over warm-up jobs waiting at T0 of (min(s_k, T1) − T0). The number in system is their sum.
 *
 * <p>Per customer: two draws, a minimum over c free times (a heap when c > 16), one ring store, the tallies.
 */
final class FcfsRecursion {
    private static final int LINEAR_SCAN_MAX = 16;

    private FcfsRecursion() {}

    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace) {
        return run(p, warmup, customers, seed, replication, waitTrace, 1024);
    }

    /** As above, with the initial ring size (a power of two) exposed so tests can force it to grow. */
    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace,
                          int initialRing) {
        if (!p.recursionApplies()) {
            throw new IllegalArgumentException("engine = RECURSION is invalid for discipline " + p.discipline()
                    + " with capacity " + p.capacity() + ": the recursion needs FCFS and an infinite buffer; use Engine.EVENTS or AUTO");
        }
        final int c = p.servers();
        final boolean heap = c > LINEAR_SCAN_MAX;
        final double[] free = new double[c];           // as a min-heap when heap, else in server order
        final RandomStream arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        final RandomStream services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        final Sampler interArrival = new Sampler(p.arrival());
        final Sampler service = new Sampler(p.service());
        final Tally tally = new Tally(p.service().mean());
        final long total = warmup + customers;

        double[] starts = new double[Integer.highestOneBit(Math.max(2, initialRing))];            // s_k at k & mask: every job still waiting is in here
        int mask = starts.length - 1;
        double t = 0, observedFrom = 0, busyBefore = 0, sumService = 0;
        double[] waitingAtStart = new double[0];

        for (long k = 0; k < total; k++) {
            t += interArrival.next(arrivals);
            if (k == warmup) {
                observedFrom = t;
                for (double f : free) busyBefore += Math.max(0, f - t);
                waitingAtStart = waitingAfter(starts, mask, k - 1, Math.max(0, k - starts.length), t);
            }
            double earliest;
            int m = 0;
            if (heap) {
                earliest = free[0];
            } else {
                // Branch-free argmin: the comparisons of random free times are coin flips, and mispredicted
                // branches cost more than the rest of the step. Non-negative doubles order like their bit patterns.
                long e = Double.doubleToRawLongBits(free[0]);
                for (int j = 1; j < c; j++) {
                    long f = Double.doubleToRawLongBits(free[j]);
                    long less = (f - e) >> 63;               // all ones when free[j] < earliest
                    m = (int) ((j & less) | (m & ~less));
                    e = (f & less) | (e & ~less);
                }
                earliest = Double.longBitsToDouble(e);
            }
            double start = Math.max(t, earliest);
            double s = service.next(services);
            if (heap) replaceTop(free, start + s);
            else free[m] = start + s;
            int slot = (int) (k & mask);
            if (starts[slot] > t && k >= starts.length) {   // customer k − size still waits: keep it
                starts = grow(starts, k);
                mask = starts.length - 1;
                slot = (int) (k & mask);
            }
            starts[slot] = start;
            if (k >= warmup) {
                double wait = start - t;
                sumService += s;
                tally.arrival();
                tally.waited(wait, wait > 0);
                tally.responded(wait + s);
                if (waitTrace != null) waitTrace.accept(wait);
            }
        }
        double observedTo = t;
        double busyAfter = 0, end = t;
        for (double f : free) {
            busyAfter += Math.max(0, f - observedTo);
            end = Math.max(end, f);
        }
        double waitingAfterEnd = 0;
        for (double s : waitingAfter(starts, mask, total - 1, Math.max(warmup, total - starts.length), observedTo)) {
            waitingAfterEnd += s - observedTo;
        }
        double waitingBefore = 0;
        for (double s : waitingAtStart) waitingBefore += Math.min(s, observedTo) - observedFrom;
        double areaQueue = tally.sumWait() - waitingAfterEnd + waitingBefore;
        double areaBusy = busyBefore + sumService - busyAfter;
        SimulatedWork.add(total, 0);         // event-free: customers only
        return tally.summary(customers, end, observedTo - observedFrom, c, areaQueue, areaQueue + areaBusy, areaBusy,
                p.heavyTailed(), Engine.RECURSION);
    }

    /** Start times later than {@code t} among customers last, last−1, ... down to {@code first} (a suffix, as starts are sorted). */
    private static double[] waitingAfter(double[] starts, int mask, long last, long first, double t) {
        long j = last;
        while (j >= first && j >= 0 && starts[(int) (j & mask)] > t) j--;
        double[] out = new double[(int) (last - j)];
        for (int i = 0; i < out.length; i++) out[i] = starts[(int) ((j + 1 + i) & mask)];
        return out;
    }

    /** Doubles the ring, keeping customers k − size .. k − 1 at their index modulo the new size. */
    private static double[] grow(double[] ring, long k) {
        int n = ring.length, mask = n - 1, bigMask = 2 * n - 1;
        double[] bigger = new double[2 * n];
        for (long j = k - n; j < k; j++) bigger[(int) (j & bigMask)] = ring[(int) (j & mask)];
        return bigger;
    }

    /** Replaces the minimum of a binary min-heap and restores the heap order. */
    private static void replaceTop(double[] h, double value) {
        int n = h.length, i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && h[child + 1] < h[child]) child++;
            if (h[child] >= value) break;
            h[i] = h[child];
            i = child;
        }
        h[i] = value;
    }
}
