package brokerlab.model.closed;

import brokerlab.dist.Distribution;
import brokerlab.model.network.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-driven simulation of a {@link ClosedSystem} on the primitive event core. Clients and jobs are int
 * indices into parallel arrays; stations 0..k-1 are the application nodes and station k the backend. Random
 * sources: think times use the ARRIVALS stream, service the SERVICE stream, the random balancer the ROUTING
 * stream, each with one substream per replication.
 */
public final class ClosedSimulation implements EventHandler {
    private static final int THINK_END = 0, DEPARTURE = 1, POLL = 2, STEP = 3, END_WARMUP = 4;

    private final ClosedSystem sys;
    private final ClientSchedule schedule;
    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream thinkRng, serviceRng, routingRng;
    private final int k;                          // application nodes; station k is the backend
    private final Distribution[] service;
    private final int[] firstServer, serverStation, serverJob;
    private final IntFifo[] queue;
    private final NodeMonitor[] monitor;
    private final Polling polling;
    private int roundRobin, appWaiting;

    // clients
    private final int[] clientJob, clientPolls;
    private final boolean[] clientActive;
    private int population, activeClients;
    private final Requests jobs = new Requests();

    // measured window
    private double windowStart, lastClientChange, clientArea;
    private long requests, completed, rejected, abandoned, abandonedServed;
    private double wastedWork, totalWork;
    private RunningStats response, serverResponse;
    private LatencyHistogram histogram;
    private final StepTracker steps;

    private ClosedSimulation(ClosedSystem sys, ClientSchedule schedule, long seed, int replication) {
        this.sys = sys;
        this.schedule = schedule;
        this.k = sys.appNodes();
        this.polling = sys.polling();
        thinkRng = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        routingRng = RandomStream.of(seed, replication, RandomStream.ROUTING);
        service = new Distribution[k + 1];
        firstServer = new int[k + 2];
        queue = new IntFifo[k + 1];
        monitor = new NodeMonitor[k + 1];
        for (int s = 0; s <= k; s++) {
            boolean backend = s == k;
            int c = backend ? sys.backendServers() : sys.appServers();
            service[s] = backend ? sys.backendService() : sys.appService();
            firstServer[s + 1] = firstServer[s] + c;
            queue[s] = new IntFifo();
            monitor[s] = new NodeMonitor(backend ? "backend" : "app-" + s, c);
        }
        serverStation = new int[firstServer[k + 1]];
        serverJob = new int[firstServer[k + 1]];
        Arrays.fill(serverJob, -1);
        for (int s = 0; s <= k; s++) for (int g = firstServer[s]; g < firstServer[s + 1]; g++) serverStation[g] = s;
        int maxClients = schedule.maxClients();
        clientJob = new int[maxClients];
        clientPolls = new int[maxClients];
        clientActive = new boolean[maxClients];
        Arrays.fill(clientJob, -1);
        steps = new StepTracker(schedule);
    }

    /** A fixed population of {@code clients}: warm up, then measure for {@code length.duration()}. */
    public static ClosedResult run(ClosedSystem sys, int clients, RunLength length, long seed, int replication) {
        Check.atLeast("clients", clients, 1);
        ClosedSimulation m = new ClosedSimulation(sys, ClientSchedule.constant(clients, length.end()), seed, replication);
        return m.play(length.warmup(), false);
    }

    /** A client staircase from an empty system, measured from time 0 to the end of the last step. */
    public static ClosedResult run(ClosedSystem sys, ClientSchedule schedule, long seed, int replication) {
        return new ClosedSimulation(sys, schedule, seed, replication).play(0, true);
    }

    private ClosedResult play(double warmup, boolean reportSteps) {
        beginWindow();
        for (int s = 1; s < schedule.size(); s++) sim.scheduleAt(schedule.start(s), 0, STEP, s);
        setPopulation(schedule.step(0).clients());
        if (warmup > 0) sim.scheduleAt(warmup, 1, END_WARMUP, 0);
        sim.runUntil(schedule.totalDuration());
        changeActive(0);
        return result(reportSteps);
    }

    @Override
    public void handle(int type, int x) {
        switch (type) {
            case THINK_END -> thinkEnd(x);
            case DEPARTURE -> departure(x);
            case POLL -> poll(x);
            case STEP -> {
                changeActive(0);
                steps.current = x;
                setPopulation(schedule.step(x).clients());
            }
            case END_WARMUP -> beginWindow();
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    /** New clients start thinking; surplus clients leave when their think ends (see {@link #thinkEnd}). */
    private void setPopulation(int n) {
        population = n;
        for (int c = 0; c < n; c++) {
            if (!clientActive[c]) {
                clientActive[c] = true;
                changeActive(+1);
                think(c);
            }
        }
    }

    private void think(int c) {
        sim.schedule(sys.thinkTime().sample(thinkRng), THINK_END, c);
    }

    private void thinkEnd(int c) {
        if (c >= population) {
            clientActive[c] = false;
            changeActive(-1);
            return;
        }
        requests++;
        steps.requests[steps.current]++;
        int node = chooseNode();
        if (appWaiting >= sys.maxAppQueue() && !hasIdleServer(node)) {
            rejected++;
            steps.rejected[steps.current]++;
            think(c);
            return;
        }
        int j = jobs.create(c, sim.now());
        clientJob[c] = j;
        arriveAt(node, j);
        if (polling != null) {
            clientPolls[c] = 0;
            sim.schedule(polling.interval(), POLL, c);
        }
    }

    private int chooseNode() {
        switch (sys.balancer()) {
            case RANDOM:
                return routingRng.nextInt(k);
            case ROUND_ROBIN:
                return roundRobin = (roundRobin + 1) % k;
            default: {
                int best = -1;
                for (int i = 0; i < k; i++) {
                    int s = (roundRobin + i) % k;
                    if (best < 0 || monitor[s].number < monitor[best].number) best = s;
                }
                roundRobin = (roundRobin + 1) % k;
                return best;
            }
        }
    }

    private boolean hasIdleServer(int s) {
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) if (serverJob[g] < 0) return true;
        return false;
    }

    private void arriveAt(int s, int j) {
        NodeMonitor m = monitor[s];
        m.advance(sim.now());
        jobs.entered[j] = sim.now();
        m.number++;
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) {
            if (serverJob[g] < 0) {
                startService(g, j);
                return;
            }
        }
        m.startWaiting();
        if (s < k) appWaiting++;
        queue[s].add(j);
    }

    private void startService(int g, int j) {
        int s = serverStation[g];
        monitor[s].busy++;
        double t = service[s].sample(serviceRng);
        jobs.work[j] += t;
        serverJob[g] = j;
        sim.schedule(t, DEPARTURE, g);
    }

    private void departure(int g) {
        int s = serverStation[g];
        int j = serverJob[g];
        NodeMonitor m = monitor[s];
        m.advance(sim.now());
        m.number--;
        m.busy--;
        serverJob[g] = -1;
        m.recordDeparture(sim.now() - jobs.entered[j]);
        if (!queue[s].isEmpty()) {
            m.waiting--;
            if (s < k) appWaiting--;
            startService(g, queue[s].poll());
        }
        if (s < k) arriveAt(k, j);
        else finished(j);
    }

    /** The system finished job j: the client learns now, at its next poll, or never (it gave up). */
    private void finished(int j) {
        totalWork += jobs.work[j];
        if (jobs.dropped[j]) {
            abandonedServed++;
            wastedWork += jobs.work[j];
            jobs.free(j);
            return;
        }
        serverResponse.add(sim.now() - jobs.issued[j]);
        if (polling == null) respond(jobs.client[j], j);
        else jobs.done[j] = true;
    }

    private void poll(int c) {
        int j = clientJob[c];
        clientPolls[c]++;
        if (jobs.done[j]) {
            respond(c, j);
        } else if (clientPolls[c] >= polling.maxPolls()) {
            jobs.dropped[j] = true;
            abandoned++;
            steps.abandoned[steps.current]++;
            clientJob[c] = -1;
            think(c);
        } else {
            sim.schedule(polling.interval(), POLL, c);
        }
    }

    private void respond(int c, int j) {
        double r = sim.now() - jobs.issued[j];
        completed++;
        response.add(r);
        histogram.record(r);
        steps.response(r);
        clientJob[c] = -1;
        jobs.free(j);
        think(c);
    }

    private void changeActive(int delta) {
        double area = activeClients * (sim.now() - lastClientChange);
        clientArea += area;
        steps.addClientArea(area);
        lastClientChange = sim.now();
        activeClients += delta;
    }

    private void beginWindow() {
        double now = sim.now();
        for (NodeMonitor m : monitor) m.reset(now);
        changeActive(0);
        clientArea = 0;
        windowStart = now;
        requests = completed = rejected = abandoned = abandonedServed = 0;
        wastedWork = totalWork = 0;
        response = new RunningStats();
        serverResponse = new RunningStats();
        histogram = new LatencyHistogram();
    }

    private ClosedResult result(boolean reportSteps) {
        double now = sim.now();
        double duration = now - windowStart;
        List<NodeResult> nodes = new ArrayList<>();
        for (NodeMonitor m : monitor) nodes.add(m.result(now, duration));
        return new ClosedResult(duration, clientArea / duration, requests, completed, rejected, abandoned,
                completed / duration, response.mean(), serverResponse.mean(), histogram, nodes, abandonedServed,
                wastedWork, totalWork, reportSteps ? steps.results() : List.of());
    }
}
