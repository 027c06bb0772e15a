package brokerlab.model;

import brokerlab.sim.SlotEventList;

/**
 * The event-driven processor-sharing G/G/c/K station: the n jobs present share c unit-speed servers, each
 * served at rate r(n) = min(1, c/n) (n threads time-sliced over c cores).
 *
 * <p>Virtual-time bookkeeping (the standard PS implementation, e.g. Harchol-Balter 2013, §22.3 for the model):
 * the virtual clock V advances at dV/dt = r(n), the service each present job has received since any instant.
 * A job arriving at virtual time V with demand S leaves when V reaches its tag V + S, so the next departure is
 * the smallest tag, after (tag − V) / r(n) real time. Each arrival or departure changes n, hence r(n), so the
 * pending departure is rescheduled (slot 1 of a two-slot {@link SlotEventList}; slot 0 is the next arrival), no
 * allocation.
 * V is reset to zero whenever the station empties, which keeps tags small and their rounding error negligible.
 *
 * <p>Random numbers as in {@link FcfsEvents}: the k-th customer's inter-arrival and demand are the k-th draws of
 * the ARRIVALS and SERVICE streams.
 */
final class ProcessorSharingEvents {
    private static final int DEPARTURE = 1;

    private final SlotEventList events;
    private final Ledger books;
    private final int servers, capacity;
    private final SharingHeap jobs = new SharingHeap();
    private double virtual, lastChange;

    private ProcessorSharingEvents(StationParams p, long warmup, long customers, long seed, int replication, SlotEventList events) {
        this.events = events;
        this.books = new Ledger(events, p.arrival(), p.service(), warmup, customers, seed, replication);
        this.servers = p.servers();
        this.capacity = p.capacity();
    }

    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication) {
        return run(p, warmup, customers, seed, replication, SlotEventList.of(2));
    }

    /** As above on a given event list: tests pass {@link SlotEventList#general} to prove the fast list equal to it. */
    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication, SlotEventList events) {
        if (p.discipline() != Discipline.PS) throw new IllegalArgumentException("ProcessorSharingEvents needs discipline PS, got " + p.discipline());
        return new ProcessorSharingEvents(p, warmup, customers, seed, replication, events).play(p.heavyTailed());
    }

    private StationRun play(boolean heavyTailed) {
        books.open();
        for (int slot; (slot = events.poll()) >= 0; ) {
            double now = events.now();
            advance(now);
            if (slot == Ledger.ARRIVAL) arrival(now);
            else departure(now);
        }
        return books.close(servers, heavyTailed);
    }

    private double rate(int n) {
        return n <= servers ? 1.0 : (double) servers / n;
    }

    /** Advances the virtual clock and the time integrals to now. */
    private void advance(double now) {
        int n = jobs.size();
        if (n > 0) virtual += rate(n) * (now - lastChange);
        lastChange = now;
        books.advance(now, Math.max(0, n - servers), n, Math.min(n, servers));
    }

    private void arrival(double now) {
        long k = books.arrive(now);
        double demand = books.demand();
        int n = jobs.size();
        if (!books.admit(k, n, capacity)) return;
        // the customer index and whether it found all servers taken share one long: (k << 1) | delayed
        jobs.add(virtual + demand, now, demand, (k << 1) | (n >= servers ? 1 : 0));
        reschedule();
    }

    private void departure(double now) {
        long key = jobs.minIndex();
        if (books.measured(key >> 1)) {
            double response = now - jobs.minArrival();
            books.tally.waited(Math.max(0, response - jobs.minDemand()), (key & 1) == 1);
            books.tally.responded(response);
        }
        jobs.removeMin();
        if (jobs.size() == 0) virtual = 0;
        reschedule();
    }

    /** Replaces the pending departure by the one implied by the current smallest tag and rate (none when empty). */
    private void reschedule() {
        int n = jobs.size();
        if (n > 0) events.schedule(DEPARTURE, Math.max(0, (jobs.minTag() - virtual) / rate(n)));
        else events.cancel(DEPARTURE);
    }
}
