package brokerlab.model;

import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;

/**
 * The event-driven processor-sharing G/G/c/K station: the n jobs present share c unit-speed servers, each
 * served at rate r(n) = min(1, c/n) (n threads time-sliced over c cores).
 *
 * <p>Virtual-time bookkeeping (the standard PS implementation, e.g. Harchol-Balter 2013, §22.3 for the model):
 * the virtual clock V advances at dV/dt = r(n), the service each present job has received since any instant.
 * A job arriving at virtual time V with demand S leaves when V reaches its tag V + S, so the next departure is
 * the smallest tag, after (tag − V) / r(n) real time. Each arrival or departure changes n, hence r(n), so the
 * pending departure is cancelled and rescheduled: two event-list operations per event, no allocation.
 * V is reset to zero whenever the station empties, which keeps tags small and their rounding error negligible.
 *
 * <p>Random numbers as in {@link FcfsEvents}: the k-th customer's inter-arrival and demand are the k-th draws of
 * the ARRIVALS and SERVICE streams.
 */
final class ProcessorSharingEvents implements EventHandler {
    private static final int DEPARTURE = 1;

    private final Simulator sim = new Simulator(this, 16);
    private final Ledger books;
    private final int servers, capacity;
    private final SharingHeap jobs = new SharingHeap();
    private long pendingDeparture;
    private boolean departurePending;
    private double virtual, lastChange;

    private ProcessorSharingEvents(StationParams p, long warmup, long customers, long seed, int replication) {
        this.books = new Ledger(sim, p.arrival(), p.service(), warmup, customers, seed, replication);
        this.servers = p.servers();
        this.capacity = p.capacity();
    }

    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication) {
        if (p.discipline() != Discipline.PS) throw new IllegalArgumentException("ProcessorSharingEvents needs discipline PS, got " + p.discipline());
        ProcessorSharingEvents model = new ProcessorSharingEvents(p, warmup, customers, seed, replication);
        return model.books.play(model.servers, p.heavyTailed());
    }

    @Override
    public void handle(int type, int payload) {
        double now = sim.now();
        advance(now);
        if (type == Ledger.ARRIVAL) arrival(now);
        else departure(now);
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
        reschedule(now);
    }

    private void departure(double now) {
        departurePending = false;
        long key = jobs.minIndex();
        if (books.measured(key >> 1)) {
            double response = now - jobs.minArrival();
            books.tally.waited(Math.max(0, response - jobs.minDemand()), (key & 1) == 1);
            books.tally.responded(response);
        }
        jobs.removeMin();
        if (jobs.size() == 0) virtual = 0;
        reschedule(now);
    }

    /** Cancels the pending departure and schedules the one implied by the current smallest tag and rate. */
    private void reschedule(double now) {
        if (departurePending) sim.cancel(pendingDeparture);
        departurePending = false;
        int n = jobs.size();
        if (n > 0) {
            double delay = Math.max(0, (jobs.minTag() - virtual) / rate(n));
            pendingDeparture = sim.schedule(delay, DEPARTURE, 0);
            departurePending = true;
        }
    }
}
