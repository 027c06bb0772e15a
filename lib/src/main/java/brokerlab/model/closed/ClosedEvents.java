package brokerlab.model.closed;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.Slice;
import brokerlab.model.StationMonitor;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-driven simulation of a {@link ClosedSystem} on the primitive event core. Clients and jobs are int
 * indices into parallel arrays; stations 0..k-1 are the application nodes and station k the backend. Random
 * sources: think times use the ARRIVALS stream, service the SERVICE stream, the random balancer the ROUTING
 * stream, each with one substream per replication.
 */
final class ClosedEvents implements EventHandler {
    private static final int THINK_END = 0, DEPARTURE = 1, POLL = 2, STEP = 3, END_WARMUP = 4;

    private final ClosedSystem sys;
    private final ClientSchedule schedule;
    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream thinkRng, serviceRng, routingRng;
    private final int k;                          // application nodes; station k is the backend
    private final Distribution[] service;
    private final int[] firstServer, serverStation, serverJob;
    private final IntFifo[] queue;
    private final StationMonitor[] monitor;
    private final Polling polling;
    private int roundRobin, appWaiting;

    // clients
    private final int[] clientJob, clientPolls;
    private final boolean[] clientActive;
    private int population, activeClients;
    private final TimeAverage clients = new TimeAverage();
    private final Requests jobs = new Requests();

    // measured window
    private double windowStart;
    private long requests, completed, rejected, abandoned, abandonedServed;
    private double wastedWork, totalWork;
    private RunningStats response, serverResponse;
    private LatencyHistogram histogram;
    private final StepTracker steps;

    private ClosedEvents(ClosedSystem sys, ClientSchedule schedule, long seed, int replication) {
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
        monitor = new StationMonitor[k + 1];
        for (int s = 0; s <= k; s++) {
            boolean backend = s == k;
            int c = backend ? sys.backendServers() : sys.appServers();
            service[s] = backend ? sys.backendService() : sys.appService();
            firstServer[s + 1] = firstServer[s] + c;
            queue[s] = new IntFifo();
            monitor[s] = new StationMonitor(backend ? "backend" : "app-" + s, c);
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

    /**
     * One replication: a fixed population warms up, then is measured for {@code length.duration()}; a client
     * staircase runs from an empty system and is measured from time 0 to the end of its last step.
     */
    static ClosedRun run(ClosedSystem sys, RunLength.Time length, long seed, int replication) {
        boolean staircase = sys.schedule() != null;
        ClientSchedule schedule = staircase ? sys.schedule() : ClientSchedule.constant(sys.clients(), length.end());
        return new ClosedEvents(sys, schedule, seed, replication).play(staircase ? 0 : length.warmup(), staircase);
    }

    private ClosedRun play(double warmup, boolean reportSteps) {
        beginWindow();
        for (int s = 1; s < schedule.size(); s++) sim.scheduleAt(schedule.start(s), 0, STEP, s);
        setPopulation(schedule.step(0).clients());
        if (warmup > 0) sim.scheduleAt(warmup, 1, END_WARMUP, 0);
        sim.runUntil(schedule.totalDuration());
        return result(reportSteps);
    }

    @Override
    public void handle(int type, int x) {
        switch (type) {
            case THINK_END -> thinkEnd(x);
            case DEPARTURE -> departure(x);
            case POLL -> poll(x);
            case STEP -> {
                steps.next(sim.now());
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
        if (sys.balancer() == LoadBalancer.RANDOM) return routingRng.nextInt(k);
        if (sys.balancer() == LoadBalancer.ROUND_ROBIN) return roundRobin = (roundRobin + 1) % k;
        int best = -1;
        for (int i = 0; i < k; i++) {
            int s = (roundRobin + i) % k;
            if (best < 0 || monitor[s].number() < monitor[best].number()) best = s;
        }
        roundRobin = (roundRobin + 1) % k;
        return best;
    }

    private boolean hasIdleServer(int s) {
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) if (serverJob[g] < 0) return true;
        return false;
    }

    private void arriveAt(int s, int j) {
        double now = sim.now();
        StationMonitor m = monitor[s];
        jobs.entered[j] = now;
        m.arrive(now, Integer.MAX_VALUE);
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) {
            if (serverJob[g] < 0) {
                startService(g, j);
                return;
            }
        }
        m.queued(now, +1);
        if (s < k) appWaiting++;
        queue[s].add(j);
    }

    private void startService(int g, int j) {
        int s = serverStation[g];
        monitor[s].started(sim.now(), sim.now() - jobs.entered[j]);
        double t = service[s].sample(serviceRng);
        jobs.work[j] += t;
        serverJob[g] = j;
        sim.schedule(t, DEPARTURE, g);
    }

    private void departure(int g) {
        double now = sim.now();
        int s = serverStation[g];
        int j = serverJob[g];
        StationMonitor m = monitor[s];
        serverJob[g] = -1;
        m.departed(now, now - jobs.entered[j]);
        if (!queue[s].isEmpty()) {
            m.queued(now, -1);
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
        activeClients += delta;
        clients.update(sim.now(), activeClients);
        steps.clients(sim.now(), activeClients);
    }

    private void beginWindow() {
        double now = sim.now();
        for (StationMonitor m : monitor) m.reset(now);
        clients.reset(now);
        windowStart = now;
        requests = completed = rejected = abandoned = abandonedServed = 0;
        wastedWork = totalWork = 0;
        response = new RunningStats();
        serverResponse = new RunningStats();
        histogram = new LatencyHistogram();
    }

    private ClosedRun result(boolean reportSteps) {
        double now = sim.now();
        double duration = now - windowStart;
        List<Slice> nodes = new ArrayList<>();
        for (StationMonitor m : monitor) nodes.add(m.result(now, duration));
        double app = 0;
        for (int i = 0; i < k; i++) app += nodes.get(i).get(Metric.UTILIZATION) / k;
        Measurements measured = Measurements.builder()
                .put(ClosedRun.MEAN_CLIENTS, clients.mean(now)).put(Metric.THROUGHPUT, completed / duration)
                .put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.P50_RESPONSE, histogram.percentile(0.50)).put(Metric.P95_RESPONSE, histogram.percentile(0.95))
                .put(Metric.P99_RESPONSE, histogram.percentile(0.99))
                .put(ClosedRun.MEAN_SERVER_RESPONSE, serverResponse.mean())
                .put(ClosedRun.REQUESTS, requests).put(ClosedRun.COMPLETED, completed).put(ClosedRun.REJECTED, rejected)
                .put(ClosedRun.ABANDONED, abandoned)
                .put(ClosedRun.REJECTED_FRACTION, requests == 0 ? 0 : (double) rejected / requests)
                .put(ClosedRun.ABANDONED_FRACTION, requests == 0 ? 0 : (double) abandoned / requests)
                .put(ClosedRun.CYCLE_RATE, (completed + rejected + abandoned) / duration)
                .put(ClosedRun.ABANDONED_SERVED, abandonedServed).put(ClosedRun.WASTED_WORK, wastedWork)
                .put(ClosedRun.TOTAL_WORK, totalWork).put(ClosedRun.WASTED_WORK_FRACTION, totalWork == 0 ? 0 : wastedWork / totalWork)
                .put(ClosedRun.APP_UTILIZATION, app).put(ClosedRun.OBSERVED_TIME, duration)
                .build();
        return new ClosedRun(measured, nodes, reportSteps ? steps.results(now) : List.of());
    }
}
