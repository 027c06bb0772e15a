package brokerlab.model;

import brokerlab.sim.SlotEventList;

import java.util.function.DoubleConsumer;

/**
 * The event-driven FCFS G/G/c/K station: one event slot for the next arrival and one per server for its departure
 * on a {@link SlotEventList}, waiting jobs in a primitive {@link JobQueue}, idle servers on an int stack. No object
 * is allocated per event. Handles a finite capacity K (arrivals finding K jobs present are rejected and counted).
 *
 * <p>Random numbers: customer k's inter-arrival time is the k-th draw of the ARRIVALS stream and its service
 * time the k-th draw of the SERVICE stream, drawn on arrival, rejected customers included. That is the order of
 * {@link FcfsRecursion}, so both produce identical waits; and a rejected customer does not shift the demands of
 * later ones (common random numbers across capacities).
 */
final class FcfsEvents {
    private final SlotEventList events;
    private final Ledger books;
    private final int servers, capacity;
    private final DoubleConsumer waitTrace;
    private final JobQueue queue = new JobQueue();
    private final int[] idle;                 // stack of idle servers
    private int idleCount;
    private final double[] jobArrival;        // per server: the job in service
    private final long[] jobIndex;
    private int inSystem;

    private FcfsEvents(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace,
                       SlotEventList events) {
        this.events = events;
        this.books = new Ledger(events, p.arrival(), p.service(), warmup, customers, seed, replication);
        this.servers = p.servers();
        this.capacity = p.capacity();
        this.waitTrace = waitTrace;
        this.idle = new int[servers];
        for (int m = 0; m < servers; m++) idle[m] = servers - 1 - m;   // server 0 on top
        this.idleCount = servers;
        this.jobArrival = new double[servers];
        this.jobIndex = new long[servers];
    }

    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace) {
        return run(p, warmup, customers, seed, replication, waitTrace, SlotEventList.of(1 + p.servers()));
    }

    /** As above on a given event list: tests pass {@link SlotEventList#general} to prove the fast lists equal to it. */
    static StationRun run(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace,
                          SlotEventList events) {
        if (p.discipline() != Discipline.FCFS) throw new IllegalArgumentException("FcfsEvents needs discipline FCFS, got " + p.discipline());
        return new FcfsEvents(p, warmup, customers, seed, replication, waitTrace, events).play(p.heavyTailed());
    }

    private StationRun play(boolean heavyTailed) {
        books.open();
        for (int slot; (slot = events.poll()) >= 0; ) {
            double now = events.now();
            books.advance(now, queue.size(), inSystem, servers - idleCount);
            if (slot == Ledger.ARRIVAL) arrival(now);
            else departure(slot - 1, now);
        }
        return books.close(servers, heavyTailed);
    }

    private void arrival(double now) {
        long k = books.arrive(now);
        double demand = books.demand();
        if (!books.admit(k, inSystem, capacity)) return;
        inSystem++;
        if (idleCount > 0) start(idle[--idleCount], now, demand, k, now);
        else queue.add(now, demand, k);
    }

    private void departure(int server, double now) {
        inSystem--;
        if (books.measured(jobIndex[server])) books.tally.responded(now - jobArrival[server]);
        if (queue.isEmpty()) {
            idle[idleCount++] = server;
        } else {
            double arrival = queue.headArrival(), demand = queue.headDemand();
            long index = queue.headIndex();
            queue.removeHead();
            start(server, arrival, demand, index, now);
        }
    }

    private void start(int server, double arrival, double demand, long index, double now) {
        jobArrival[server] = arrival;
        jobIndex[server] = index;
        if (books.measured(index)) {
            double wait = now - arrival;
            books.tally.waited(wait, wait > 0);
            if (waitTrace != null) waitTrace.accept(wait);
        }
        events.schedule(1 + server, demand);
    }
}
