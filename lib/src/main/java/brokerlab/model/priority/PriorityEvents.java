package brokerlab.model.priority;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
import brokerlab.model.StationRun;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.TimeAverage;

import java.util.ArrayList;
import java.util.List;

/**
 * The event model behind {@link PriorityStation}: arrival events per class (payload = class), departure events
 * per server (payload = server). Under preemption a departure is cancelled and the job's remaining work goes back
 * to the head of its class queue. Random streams: class k's arrivals use source 100 + k and its service demands
 * source 200 + k, so adding a class never shifts the numbers of the others, and both disciplines see identical
 * arrivals and demands under one seed (common random numbers).
 */
final class PriorityEvents implements EventHandler {
    private static final int ARRIVAL = 0, DEPARTURE = 1;
    private static final int NONE = -1;

    private final Simulator sim = new Simulator(this, 64);
    private final int classes, servers;
    private final boolean preemptive;
    private final RandomStream[] arrivalStreams, serviceStreams;
    private final Distribution[] interArrival, service;
    private final JobDeque[] queues;
    private final long warmup, total;
    private long arrived, preemptions;

    // per server: the job in service (NONE when idle)
    private final int[] serving;
    private final double[] jobArrival, jobDemand, segmentStart, segmentWork;
    private final long[] jobIndex, departureHandle;
    private int busy;

    private final double[] sumWait, sumResponse;
    private final long[] count;
    private final LatencyHistogram[] responses;
    private final TimeAverage busyServers = new TimeAverage();
    private double utilization;

    private PriorityEvents(PriorityStation station, long warmup, long customers, long seed, int replication) {
        List<PriorityClass> cls = station.classes();
        classes = cls.size();
        servers = station.servers();
        preemptive = station.preemption() == Preemption.PREEMPTIVE_RESUME;
        arrivalStreams = new RandomStream[classes];
        serviceStreams = new RandomStream[classes];
        interArrival = new Distribution[classes];
        service = new Distribution[classes];
        queues = new JobDeque[classes];
        sumWait = new double[classes];
        sumResponse = new double[classes];
        count = new long[classes];
        responses = new LatencyHistogram[classes];
        for (int k = 0; k < classes; k++) {
            arrivalStreams[k] = RandomStream.of(seed, replication, 100 + k);
            serviceStreams[k] = RandomStream.of(seed, replication, 200 + k);
            interArrival[k] = cls.get(k).interArrival();
            service[k] = cls.get(k).service();
            queues[k] = new JobDeque();
            responses[k] = new LatencyHistogram();
        }
        serving = new int[servers];
        java.util.Arrays.fill(serving, NONE);
        jobArrival = new double[servers];
        jobDemand = new double[servers];
        segmentStart = new double[servers];
        segmentWork = new double[servers];
        jobIndex = new long[servers];
        departureHandle = new long[servers];
        this.warmup = warmup;
        this.total = warmup + customers;
    }

    static PriorityRun run(PriorityStation station, long warmup, long customers, long seed, int replication) {
        PriorityEvents m = new PriorityEvents(station, warmup, customers, seed, replication);
        for (int k = 0; k < m.classes; k++) m.sim.schedule(m.interArrival[k].sample(m.arrivalStreams[k]), ARRIVAL, k);
        m.sim.run();
        return m.result(station.classes());
    }

    private PriorityRun result(List<PriorityClass> cls) {
        List<Slice> perClass = new ArrayList<>(classes);
        double waits = 0, responseTotal = 0;
        long n = 0;
        for (int k = 0; k < classes; k++) {
            perClass.add(new Slice(cls.get(k).name(), Measurements.builder()
                    .put(Metric.MEAN_WAIT, sumWait[k] / count[k]).put(Metric.MEAN_RESPONSE, sumResponse[k] / count[k])
                    .put(Metric.P99_RESPONSE, responses[k].percentile(0.99)).put(StationRun.DEPARTURES, count[k]).build()));
            waits += sumWait[k];
            responseTotal += sumResponse[k];
            n += count[k];
        }
        return new PriorityRun(Measurements.builder()
                .put(Metric.MEAN_WAIT, waits / n).put(Metric.MEAN_RESPONSE, responseTotal / n)
                .put(Metric.UTILIZATION, utilization).put(StationRun.DEPARTURES, n)
                .put(PriorityRun.PREEMPTIONS, preemptions).build(), perClass);
    }

    @Override
    public void handle(int type, int payload) {
        double now = sim.now();
        if (type == ARRIVAL) arrival(payload, now);
        else departure(payload, now);
        busyServers.update(now, busy);
    }

    private void arrival(int k, double now) {
        long index = arrived++;
        if (index >= total) return;       // another class's arrival after the run's last customer: not part of the run
        if (index == warmup) busyServers.reset(now);
        if (index + 1 < total) sim.schedule(interArrival[k].sample(arrivalStreams[k]), ARRIVAL, k);
        else utilization = busyServers.mean(now) / servers;    // the window closes at the last measured arrival; the rest drains
        double demand = service[k].sample(serviceStreams[k]);
        int server = idleServer();
        if (server == NONE && preemptive) server = preemptFor(k, now);
        if (server != NONE) start(server, k, now, demand, demand, index, now);
        else queues[k].addLast(now, demand, demand, index);
    }

    private int idleServer() {
        if (busy == servers) return NONE;
        for (int m = 0; m < servers; m++) if (serving[m] == NONE) return m;
        return NONE;
    }

    /** The server whose job has the lowest priority below k (latest started on ties), its job put back; or NONE. */
    private int preemptFor(int k, double now) {
        int victim = NONE;
        for (int m = 0; m < servers; m++) {
            if (serving[m] > k && (victim == NONE || serving[m] > serving[victim]
                    || (serving[m] == serving[victim] && segmentStart[m] > segmentStart[victim]))) victim = m;
        }
        if (victim == NONE) return NONE;
        sim.cancel(departureHandle[victim]);
        double left = Math.max(0, segmentWork[victim] - (now - segmentStart[victim]));
        queues[serving[victim]].addFirst(jobArrival[victim], jobDemand[victim], left, jobIndex[victim]);
        serving[victim] = NONE;
        busy--;
        preemptions++;
        return victim;
    }

    private void start(int server, int k, double arrival, double demand, double work, long index, double now) {
        serving[server] = k;
        jobArrival[server] = arrival;
        jobDemand[server] = demand;
        segmentStart[server] = now;
        segmentWork[server] = work;
        jobIndex[server] = index;
        busy++;
        departureHandle[server] = sim.schedule(work, DEPARTURE, server);
    }

    private void departure(int server, double now) {
        int k = serving[server];
        if (jobIndex[server] >= warmup) {
            double response = now - jobArrival[server];
            sumResponse[k] += response;
            sumWait[k] += Math.max(0, response - jobDemand[server]);
            count[k]++;
            responses[k].record(response);
        }
        serving[server] = NONE;
        busy--;
        for (int c = 0; c < classes; c++) {
            JobDeque q = queues[c];
            if (!q.isEmpty()) {
                start(server, c, q.headArrival(), q.headDemand(), q.headRemaining(), q.headIndex(), now);
                q.removeFirst();
                return;
            }
        }
    }
}
