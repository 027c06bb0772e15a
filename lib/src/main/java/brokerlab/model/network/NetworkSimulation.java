package brokerlab.model.network;

import brokerlab.dist.Distribution;
import brokerlab.model.arrivals.ArrivalSource;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-driven simulation of a {@link Network} on the primitive event core: events are (type, server or 0), jobs
 * are int slots in parallel arrays, queues are int rings, so the hot path allocates nothing once warmed up.
 * Random sources: arrivals, service, routing and failures each have their own stream, with one substream per
 * replication ({@link RandomStream#of(long, int, int)}), so runs are reproducible and independent of threads.
 *
 * <p>Two modes. With a stationary arrival stream (renewal or any {@link brokerlab.model.arrivals.ArrivalProcess},
 * drawn from the ARRIVALS stream), {@link #run(Network, RunLength, long, int)} discards the warm-up
 * and measures over the following window. With an {@link ArrivalSchedule}, {@link #run(Network, long, int)} plays
 * the whole staircase from an empty network, then stops arrivals and lets the network drain, so every job that
 * arrived in a step has its response measured.
 *
 * <p>Server breakdowns follow {@link Breakdowns}: a failed server keeps its job and resumes it after repair.
 */
public final class NetworkSimulation implements EventHandler {
    private static final int ARRIVAL = 0, DEPARTURE = 1, FAILURE = 2, REPAIR = 3, END_WARMUP = 4;

    private final Network net;
    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream arrivalRng, serviceRng, routingRng, failureRng;
    private final ArrivalSource gaps;            // null for a staircase schedule
    private final int n;
    private final Distribution[] service;
    private final int[] capacity;
    private final double[][] cumulativeRouting;
    private final int[] firstServer;
    private final int[] serverStation, serverJob;
    private final boolean[] serverUp;
    private final double[] serverStart;
    private final long[] serverEvent;
    private final IntFifo[] queue;
    private final StationMonitor[] monitor;
    private final Jobs jobs = new Jobs();

    private long arrived, exited, rejected, inSystem;
    private boolean measuring;
    private double windowStart, lastSystemChange, areaInSystem;
    private long leftInWindow;
    private RunningStats response, sojourn;      // created when the measured window begins
    private LatencyHistogram histogram;

    private final ScheduleTracker steps;
    private boolean arrivalsEnded;

    private NetworkSimulation(Network net, long seed, int replication) {
        this.net = net;
        this.n = net.size();
        arrivalRng = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        routingRng = RandomStream.of(seed, replication, RandomStream.ROUTING);
        failureRng = RandomStream.of(seed, replication, RandomStream.FAILURES);
        gaps = net.arrivalProcess() == null ? null : net.arrivalProcess().source(arrivalRng);
        service = new Distribution[n];
        capacity = new int[n];
        cumulativeRouting = new double[n][n];
        firstServer = new int[n + 1];
        queue = new IntFifo[n];
        monitor = new StationMonitor[n];
        for (int i = 0; i < n; i++) {
            Station s = net.station(i);
            service[i] = s.service();
            capacity[i] = s.capacity();
            double c = 0;
            for (int j = 0; j < n; j++) cumulativeRouting[i][j] = c += net.routing(i, j);
            firstServer[i + 1] = firstServer[i] + s.servers();
            queue[i] = new IntFifo();
            monitor[i] = new StationMonitor(s.name(), s.servers());
        }
        int servers = firstServer[n];
        serverStation = new int[servers];
        serverJob = new int[servers];
        serverUp = new boolean[servers];
        serverStart = new double[servers];
        serverEvent = new long[servers];
        Arrays.fill(serverJob, -1);
        Arrays.fill(serverUp, true);
        for (int i = 0; i < n; i++) for (int g = firstServer[i]; g < firstServer[i + 1]; g++) serverStation[g] = i;
        steps = net.schedule() == null ? null : new ScheduleTracker(net.schedule());
    }

    /** One replication of a network with renewal arrivals: warm up, then measure for {@code length.duration()}. */
    public static NetworkResult run(Network net, RunLength length, long seed, int replication) {
        if (net.schedule() != null) {
            throw new IllegalArgumentException("network = staircase schedule is invalid: a schedule fixes its own length; "
                    + "call NetworkSimulation.run(network, seed, replication)");
        }
        NetworkSimulation m = new NetworkSimulation(net, seed, replication);
        m.start();
        if (length.warmup() > 0) m.sim.scheduleAt(length.warmup(), 0, END_WARMUP, 0);
        else m.beginWindow();
        m.sim.runUntil(length.end());
        return m.result();
    }

    /** One replication of a network with an {@link ArrivalSchedule}: the whole staircase, then drain. */
    public static NetworkResult run(Network net, long seed, int replication) {
        if (net.schedule() == null) {
            throw new IllegalArgumentException("network = renewal arrivals is invalid: it has no schedule to end the run; "
                    + "call NetworkSimulation.run(network, RunLength.of(warmup, duration), seed, replication)");
        }
        NetworkSimulation m = new NetworkSimulation(net, seed, replication);
        m.beginWindow();
        m.start();
        if (!(m.arrivalsEnded && m.inSystem == 0)) m.sim.run();   // a schedule of zero rates has nothing to run
        return m.result();
    }

    private void start() {
        if (steps == null) sim.schedule(gaps.next(), ARRIVAL, 0);
        else scheduleNextScheduledArrival(0);
        for (int i = 0; i < n; i++) {
            Breakdowns b = net.station(i).breakdowns();
            if (b == null) continue;
            for (int g = firstServer[i]; g < firstServer[i + 1]; g++) sim.schedule(b.upTime().sample(failureRng), FAILURE, g);
        }
    }

    private void scheduleNextScheduledArrival(double from) {
        double at = steps.nextArrival(from, arrivalRng);
        if (Double.isNaN(at)) {
            arrivalsEnded = true;
            stopIfDrained();
        } else {
            sim.scheduleAt(at, 0, ARRIVAL, 0);
        }
    }

    @Override
    public void handle(int type, int g) {
        switch (type) {
            case ARRIVAL -> externalArrival();
            case DEPARTURE -> departure(g);
            case FAILURE -> failure(g);
            case REPAIR -> repair(g);
            case END_WARMUP -> beginWindow();
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void externalArrival() {
        double now = sim.now();
        int j = jobs.create(now, steps == null ? 0 : steps.stepAt(now));
        if (steps != null) steps.arrival(jobs.step[j]);
        arrived++;
        changeInSystem(+1);
        // schedule the next arrival only after counting this job, so "no arrivals left and nobody inside" cannot
        // stop a staircase run while this job is still to be served
        if (steps == null) sim.schedule(gaps.next(), ARRIVAL, 0);
        else scheduleNextScheduledArrival(now);
        arriveAt(net.entry(), j);
    }

    private void arriveAt(int s, int j) {
        StationMonitor m = monitor[s];
        m.advance(sim.now());
        m.arrivals++;
        if (m.number >= capacity[s]) {
            m.rejected++;
            leave(j, false);
            return;
        }
        jobs.entered[j] = sim.now();
        m.number++;
        for (int g = firstServer[s]; g < firstServer[s + 1]; g++) {
            if (serverJob[g] < 0 && serverUp[g]) {
                startService(g, j);
                return;
            }
        }
        m.waiting++;
        queue[s].add(j);
    }

    private void startService(int g, int j) {
        int s = serverStation[g];
        StationMonitor m = monitor[s];
        m.recordWait(sim.now() - jobs.entered[j]);
        m.busy++;
        double work = service[s].sample(serviceRng);
        jobs.remaining[j] = work;
        serverJob[g] = j;
        serverStart[g] = sim.now();
        serverEvent[g] = sim.schedule(work, DEPARTURE, g);
    }

    private void departure(int g) {
        double now = sim.now();
        int s = serverStation[g];
        int j = serverJob[g];
        StationMonitor m = monitor[s];
        m.advance(now);
        m.number--;
        m.busy--;
        serverJob[g] = -1;
        m.recordDeparture(now, now - jobs.entered[j]);
        if (!queue[s].isEmpty()) {
            m.waiting--;
            startService(g, queue[s].poll());
        }
        route(s, j);
    }

    private void route(int s, int j) {
        double u = routingRng.nextDouble();
        double[] c = cumulativeRouting[s];
        for (int k = 0; k < n; k++) {
            if (u < c[k]) {
                arriveAt(k, j);
                return;
            }
        }
        leave(j, true);
    }

    /** The job leaves the network: normally ({@code completed}) or rejected by a full station. */
    private void leave(int j, boolean completed) {
        double now = sim.now();
        double t = now - jobs.born[j];
        if (completed) exited++;
        else rejected++;
        if (measuring) {
            leftInWindow++;
            sojourn.add(t);
            if (completed) {
                response.add(t);
                histogram.record(t);
            }
        }
        if (steps != null) steps.leave(jobs.step[j], completed, t, now);
        changeInSystem(-1);
        jobs.free(j);
        stopIfDrained();
    }

    private void failure(int g) {
        int s = serverStation[g];
        StationMonitor m = monitor[s];
        m.advance(sim.now());
        serverUp[g] = false;
        m.up--;
        int j = serverJob[g];
        if (j >= 0) {
            sim.cancel(serverEvent[g]);
            jobs.remaining[j] = Math.max(0, jobs.remaining[j] - (sim.now() - serverStart[g]));
            m.busy--;
        }
        sim.schedule(net.station(s).breakdowns().repairTime().sample(failureRng), REPAIR, g);
    }

    private void repair(int g) {
        int s = serverStation[g];
        StationMonitor m = monitor[s];
        m.advance(sim.now());
        serverUp[g] = true;
        m.up++;
        int j = serverJob[g];
        if (j >= 0) {
            m.busy++;
            serverStart[g] = sim.now();
            serverEvent[g] = sim.schedule(jobs.remaining[j], DEPARTURE, g);
        } else if (!queue[s].isEmpty()) {
            m.waiting--;
            startService(g, queue[s].poll());
        }
        sim.schedule(net.station(s).breakdowns().upTime().sample(failureRng), FAILURE, g);
    }

    private void changeInSystem(int delta) {
        double now = sim.now();
        areaInSystem += inSystem * (now - lastSystemChange);
        lastSystemChange = now;
        inSystem += delta;
    }

    private void stopIfDrained() {
        if (arrivalsEnded && inSystem == 0) sim.stop();
    }

    private void beginWindow() {
        double now = sim.now();
        for (StationMonitor m : monitor) m.reset(now);
        changeInSystem(0);
        areaInSystem = 0;
        windowStart = now;
        leftInWindow = 0;
        response = new RunningStats();
        sojourn = new RunningStats();
        histogram = new LatencyHistogram();
        measuring = true;
    }

    private NetworkResult result() {
        double now = sim.now();
        double duration = now - windowStart;
        changeInSystem(0);
        List<StationResult> stations = new ArrayList<>(n);
        for (StationMonitor m : monitor) stations.add(m.result(now, duration));
        List<StepResult> stepResults = steps == null ? List.of() : steps.results();
        return new NetworkResult(duration, stations, arrived, exited, rejected, inSystem, response.count() / duration,
                response.mean(), areaInSystem / duration, sojourn.mean(), leftInWindow / duration, histogram, stepResults);
    }
}
