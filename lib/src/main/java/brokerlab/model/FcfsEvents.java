package brokerlab.model;

import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;

import java.util.function.DoubleConsumer;

/**
 * The event-driven FCFS G/G/c/K station on {@link Simulator}: two primitive event types (arrival; departure with
 * the server as payload), waiting jobs in a primitive {@link JobQueue}, idle servers on an int stack. No object is
 * allocated per event. Handles a finite capacity K (arrivals finding K jobs present are rejected and counted).
 *
 * <p>Random numbers: customer k's inter-arrival time is the k-th draw of the ARRIVALS stream and its service
 * time the k-th draw of the SERVICE stream, drawn on arrival, rejected customers included. That is the order of
 * {@link FcfsRecursion}, so both produce identical waits; and a rejected customer does not shift the demands of
 * later ones (common random numbers across capacities).
 */
final class FcfsEvents implements EventHandler {
    private static final int DEPARTURE = 1;

    private final Simulator sim = new Simulator(this, 256);
    private final Ledger books;
    private final int servers, capacity;
    private final DoubleConsumer waitTrace;
    private final JobQueue queue = new JobQueue();
    private final int[] idle;                 // stack of idle servers
    private int idleCount;
    private final double[] jobArrival;        // per server: the job in service
    private final long[] jobIndex;
    private int inSystem;

    private FcfsEvents(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace) {
        this.books = new Ledger(sim, p.arrival(), p.service(), warmup, customers, seed, replication);
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
        if (p.discipline() != Discipline.FCFS) throw new IllegalArgumentException("FcfsEvents needs discipline FCFS, got " + p.discipline());
        FcfsEvents model = new FcfsEvents(p, warmup, customers, seed, replication, waitTrace);
        return model.books.play(model.servers, p.heavyTailed());
    }

    @Override
    public void handle(int type, int payload) {
        double now = sim.now();
        books.advance(now, queue.size(), inSystem, servers - idleCount);
        if (type == Ledger.ARRIVAL) arrival(now);
        else departure(payload, now);
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
        sim.schedule(demand, DEPARTURE, server);
    }
}
