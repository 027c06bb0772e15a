package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.random.RandomStream;
import brokerlab.sim.SimulatedWork;
import brokerlab.sim.SlotEventList;

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
    /** The event slot of the next arrival in every engine that keeps these books. */
    static final int ARRIVAL = 0;
    final Tally tally;
    private final SlotEventList events;
    private final RandomStream arrivals, services;
    private final Sampler gap, demand;
    private final long warmup, customers, total;
    private long arrived, refused;   // refused: warm-up included
    private boolean observing;
    private double last, observedFrom, observedTo, areaQueue, areaSystem, areaBusy;

    Ledger(SlotEventList events, Distribution arrival, Distribution service, long warmup, long customers, long seed, int replication) {
        this.events = events;
        this.arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        this.services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        this.gap = new Sampler(arrival);
        this.demand = new Sampler(service);
        this.tally = new Tally(service.mean());
        this.warmup = warmup;
        this.customers = customers;
        this.total = warmup + customers;
    }

    /** Schedules the first arrival; the engine then fires events until none is pending (the run has drained). */
    void open() {
        events.schedule(ARRIVAL, gap.next(arrivals));
    }

    /** The run's measurements, once it has drained (its customers and events added to {@link SimulatedWork}). */
    StationRun close(int servers, boolean heavyTailed) {
        // every arrival is one event and every admitted customer departs in one event of its own (FCFS, PS and the
        // farm alike; the run drains), so the events fired follow without a count on the hot path
        SimulatedWork.add(arrived, 2 * arrived - refused);
        return tally.summary(customers, events.now(), observedTo - observedFrom, servers, areaQueue, areaSystem, areaBusy,
                heavyTailed, Engine.EVENTS);
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

    /**
     * Books the next customer's arrival at {@code now}, opening or closing the window, schedules the arrival after
     * it (unless it was the last), and returns its index k. Draw its demand next.
     */
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
        if (k + 1 < total) events.schedule(ARRIVAL, gap.next(arrivals));
        return k;
    }

    /** The demand of the customer just booked (drawn whether or not it is admitted). */
    double demand() {
        return demand.next(services);
    }

    /** True when customer k finds fewer than {@code capacity} jobs present; a refused measured customer is counted. */
    boolean admit(long k, int present, int capacity) {
        if (present < capacity) return true;
        refused++;
        if (k >= warmup) tally.rejection();
        return false;
    }

    boolean measured(long k) {
        return k >= warmup;
    }
}
