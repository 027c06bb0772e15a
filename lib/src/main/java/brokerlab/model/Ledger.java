package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.random.RandomStream;

/**
 * The books of one single-stream station run, kept once for the three event engines ({@link FcfsEvents},
 * {@link ProcessorSharingEvents}, {@link ServerFarmEvents}): customer k's inter-arrival and demand are the k-th
 * draws of the ARRIVALS and SERVICE streams, taken on arrival, rejected customers included (so the engines and
 * {@link FcfsRecursion} see the same customers, and a rejection never shifts later demands); the first
 * {@code warmup} customers are not measured; the observation window runs from the first to the last measured
 * arrival; the numbers waiting, present and busy are integrated over that window. One per run; not thread-safe.
 *
 * <p>Hot path: plain fields and sums, no allocation and no validation per event (bench: {@code StationBench}).
 * {@link brokerlab.stats.TimeAverage} is not used for the integrals: three of them (with their per-update checks)
 * cost the FCFS event engine about 8% of its throughput (M/M/4 at rho 0.9: 12.1 against 13.2 M customers per
 * CPU-second, three paired runs), for checks these callers do not need (their clocks never go back).
 */
final class Ledger {
    final Tally tally;
    private final RandomStream arrivals, services;
    private final Sampler gap, demand;
    private final long warmup, customers, total;
    private long arrived;
    private boolean observing;
    private double last, observedFrom, observedTo, areaQueue, areaSystem, areaBusy;

    Ledger(Distribution arrival, Distribution service, long warmup, long customers, long seed, int replication) {
        this.arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        this.services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        this.gap = new Sampler(arrival);
        this.demand = new Sampler(service);
        this.tally = new Tally(service.mean());
        this.warmup = warmup;
        this.customers = customers;
        this.total = warmup + customers;
    }

    /** The gap before the first customer. */
    double firstGap() {
        return gap.next(arrivals);
    }

    /** Integrates the counts that held since the last call up to {@code now} (inside the window); call before they change. */
    void advance(double now, int waiting, int present, int busy) {
        if (observing) {
            double dt = now - last;
            areaQueue += waiting * dt;
            areaSystem += present * dt;
            areaBusy += busy * dt;
        }
        last = now;
    }

    /** Books the next customer's arrival at {@code now}, opening or closing the window, and returns its index k. */
    long arrive(double now) {
        long k = arrived++;
        if (k == warmup) {
            observing = true;
            observedFrom = now;
        }
        if (k + 1 == total) {
            observing = false;    // the window closes at the last measured arrival; the run then drains
            observedTo = now;
        }
        if (k >= warmup) tally.arrival();
        return k;
    }

    /** The gap from customer k to the next one, or -1 when k was the last. */
    double nextGap(long k) {
        return k + 1 < total ? gap.next(arrivals) : -1;
    }

    /** Customer k's demand (draw it right after {@link #nextGap}, whether or not k is admitted). */
    double demand() {
        return demand.next(services);
    }

    /** True when customer k finds fewer than {@code capacity} jobs present; a refused measured customer is counted. */
    boolean admit(long k, int present, int capacity) {
        if (present < capacity) return true;
        if (k >= warmup) tally.rejection();
        return false;
    }

    boolean measured(long k) {
        return k >= warmup;
    }

    /** The run's measurements once it has drained at {@code now}. */
    StationRun summary(double now, int servers, boolean heavyTailed) {
        return tally.summary(customers, now, observedTo - observedFrom, servers, areaQueue, areaSystem, areaBusy,
                heavyTailed, Engine.EVENTS);
    }
}
