package brokerlab.model;

import brokerlab.random.RandomStream;
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
    private static final int ARRIVAL = 0, DEPARTURE = 1;

    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream arrivals, services;
    private final Sampler interArrival, service;
    private final int servers, capacity;
    private final long warmup, total;
    private final DoubleConsumer waitTrace;
    private final Tally tally;
    private final JobQueue queue = new JobQueue();
    private final int[] idle;                 // stack of idle servers
    private int idleCount;
    private final double[] jobArrival;        // per server: the job in service
    private final long[] jobIndex;
    private long arrived;
    private int inSystem;
    private boolean observing;
    private double lastChange, observedFrom, observedTo, areaQueue, areaBusy;

    private FcfsEvents(StationParams p, long warmup, long customers, long seed, int replication, DoubleConsumer waitTrace) {
        this.arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        this.services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        this.interArrival = new Sampler(p.arrival());
        this.service = new Sampler(p.service());
        this.tally = new Tally(p.service().mean());
        this.servers = p.servers();
        this.capacity = p.capacity();
        this.warmup = warmup;
        this.total = warmup + customers;
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
        model.sim.schedule(model.interArrival.next(model.arrivals), ARRIVAL, 0);
        model.sim.run();
        double areaSystem = model.areaQueue + model.areaBusy;
        return model.tally.summary(customers, model.sim.now(), model.observedTo - model.observedFrom, model.servers,
                model.areaQueue, areaSystem, model.areaBusy, p.heavyTailed(),
                Engine.EVENTS);
    }

    @Override
    public void handle(int type, int payload) {
        if (type == ARRIVAL) arrival();
        else departure(payload);
    }

    /** Integrates queue length and busy servers up to now while the observation window is open. */
    private void advance(double now) {
        if (observing) {
            double dt = now - lastChange;
            areaQueue += queue.size() * dt;
            areaBusy += (servers - idleCount) * dt;
        }
        lastChange = now;
    }

    private void arrival() {
        double now = sim.now();
        advance(now);
        long k = arrived++;
        if (k == warmup) {
            observing = true;
            observedFrom = now;
        }
        if (k + 1 < total) {
            sim.schedule(interArrival.next(arrivals), ARRIVAL, 0);
        } else {
            observing = false;   // the window closes at the last measured arrival
            observedTo = now;
        }
        double demand = service.next(services);
        boolean measured = k >= warmup;
        if (measured) tally.arrival();
        if (inSystem >= capacity) {
            if (measured) tally.rejection();
            return;
        }
        inSystem++;
        if (idleCount > 0) start(idle[--idleCount], now, demand, k, now);
        else queue.add(now, demand, k);
    }

    private void departure(int server) {
        double now = sim.now();
        advance(now);
        inSystem--;
        if (jobIndex[server] >= warmup) tally.responded(now - jobArrival[server]);
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
        if (index >= warmup) {
            double wait = now - arrival;
            tally.waited(wait, wait > 0);
            if (waitTrace != null) waitTrace.accept(wait);
        }
        sim.schedule(demand, DEPARTURE, server);
    }
}
