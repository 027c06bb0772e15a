package brokerlab.model;

import brokerlab.model.routing.RoutingPolicy;
import brokerlab.model.routing.ServerView;
import brokerlab.model.routing.SharedQueuePolicy;
import brokerlab.random.RandomStream;
import brokerlab.sim.SlotEventList;

/**
 * The event-driven station with heterogeneous servers and a {@link RoutingPolicy}. The simulation is its own
 * {@link ServerView}, so a policy reads the state without allocation. With a dispatching policy each server has
 * its own FCFS {@link JobQueue}; with a {@link SharedQueuePolicy} there is one central FCFS queue and the policy
 * is asked for a server whenever the head job waits and some server is idle.
 *
 * <p>Random numbers: inter-arrivals from ARRIVALS, demands from SERVICE (the k-th customer's k-th draw, taken on
 * arrival), routing from ROUTING. So two policies run with the same seed see identical arrivals and demands.
 */
final class ServerFarmEvents implements ServerView {
    private final SlotEventList events;      // slot 0: the next arrival; slot 1 + i: the departure from server i
    private final Ledger books;
    private final RandomStream routingStream;
    private final RoutingPolicy policy;
    private final boolean shared;
    private final double[] speed;
    private final int servers, capacity;
    private final JobQueue central;
    private final JobQueue[] queues;
    private final int[] jobs;               // per server: in service + own queue
    private final IdleServers idle;
    private final double[] jobArrival;
    private final long[] jobIndex;
    private int busyCount, inSystem, waitingCount;
    private long decisions;

    private ServerFarmEvents(ServerFarmParams p, long warmup, long customers, long seed, int replication, SlotEventList events) {
        this.events = events;
        books = new Ledger(events, p.arrival(), p.demand(), warmup, customers, seed, replication);
        routingStream = RandomStream.of(seed, replication, RandomStream.ROUTING);
        policy = p.routing();
        shared = policy instanceof SharedQueuePolicy;
        speed = p.speeds();
        servers = speed.length;
        capacity = p.capacity();
        central = shared ? new JobQueue() : null;
        queues = new JobQueue[shared ? 0 : servers];
        for (int i = 0; i < queues.length; i++) queues[i] = new JobQueue();
        jobs = new int[servers];
        idle = new IdleServers(speed);
        jobArrival = new double[servers];
        jobIndex = new long[servers];
    }

    static StationRun run(ServerFarmParams p, long warmup, long customers, long seed, int replication) {
        return run(p, warmup, customers, seed, replication, SlotEventList.of(1 + p.servers()));
    }

    /** As above on a given event list: tests pass {@link SlotEventList#general} to prove the fast lists equal to it. */
    static StationRun run(ServerFarmParams p, long warmup, long customers, long seed, int replication, SlotEventList events) {
        return new ServerFarmEvents(p, warmup, customers, seed, replication, events).play(p.heavyTailed());
    }

    private StationRun play(boolean heavyTailed) {
        books.open();
        for (int slot; (slot = events.poll()) >= 0; ) {
            double now = events.now();
            books.advance(now, waitingCount, inSystem, busyCount);
            if (slot == Ledger.ARRIVAL) arrival(now);
            else departure(slot - 1, now);
        }
        return books.close(servers, heavyTailed);
    }

    // ServerView: what the policy sees
    @Override public int servers() { return servers; }
    @Override public double speed(int i) { return speed[i]; }
    @Override public int jobsAt(int i) { return jobs[i]; }
    @Override public boolean idle(int i) { return idle.isIdle(i); }
    @Override public int fastestIdle() { return idle.fastest(); }
    @Override public int waiting() { return shared ? central.size() : 0; }
    @Override public long decisions() { return decisions; }

    private void arrival(double now) {
        long k = books.arrive(now);
        double d = books.demand();
        if (!books.admit(k, inSystem, capacity)) return;
        inSystem++;
        if (shared) {
            central.add(now, d, k);
            waitingCount++;
            dispatchCentral(now);
            return;
        }
        int i = policy.choose(this, routingStream);
        decisions++;
        if (i < 0 || i >= servers) throw badChoice(i);
        jobs[i]++;
        if (idle.isIdle(i)) {
            start(i, now, d, k, now);
        } else {
            queues[i].add(now, d, k);
            waitingCount++;
        }
    }

    /** Starts waiting jobs from the central queue while the policy finds an idle server for them. */
    private void dispatchCentral(double now) {
        while (!central.isEmpty() && busyCount < servers) {
            int i = policy.choose(this, routingStream);
            decisions++;
            if (i < 0) return;
            if (i >= servers || !idle.isIdle(i)) throw badChoice(i);
            double a = central.headArrival(), d = central.headDemand();
            long k = central.headIndex();
            central.removeHead();
            waitingCount--;
            jobs[i]++;
            start(i, a, d, k, now);
        }
    }

    private IllegalStateException badChoice(int i) {
        return new IllegalStateException(policy + " chose server " + i + ", which is not "
                + (shared ? "an idle server" : "a server index in [0, " + servers + ")"));
    }

    private void departure(int i, double now) {
        inSystem--;
        jobs[i]--;
        idle.release(i);
        busyCount--;
        if (books.measured(jobIndex[i])) books.tally.responded(now - jobArrival[i]);
        if (shared) {
            dispatchCentral(now);
        } else if (!queues[i].isEmpty()) {
            JobQueue q = queues[i];
            double a = q.headArrival(), d = q.headDemand();
            long k = q.headIndex();
            q.removeHead();
            waitingCount--;
            start(i, a, d, k, now);
        }
    }

    private void start(int i, double arrival, double work, long index, double now) {
        idle.take(i);
        busyCount++;
        jobArrival[i] = arrival;
        jobIndex[i] = index;
        if (books.measured(index)) {
            double wait = now - arrival;
            books.tally.waited(wait, wait > 0);
        }
        events.schedule(1 + i, work / speed[i]);
    }
}
