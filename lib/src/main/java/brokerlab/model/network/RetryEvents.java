package brokerlab.model.network;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
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
 * Event-driven simulation of a {@link RetryStation}: requests, attempts and servers as ints in parallel arrays, one
 * FCFS queue of attempts. Every counter goes to three windows at once (the whole run, the current step of the
 * schedule, the current time bin), and the time integrals of attempts present and servers busy are split at the
 * windows' edges, so each window's time averages are exact.
 */
final class RetryEvents implements EventHandler {
    private static final int REQUEST = 0, RETRY = 1, TIMEOUT = 2, DEPARTURE = 3;
    private static final byte WAITING = 0, ABANDONED = 1, ANSWERED = 2;

    private final Simulator sim = new Simulator(this, 256);
    private final RandomStream arrivalRng, serviceRng, jitterRng;
    private final ScheduleTracker schedule;
    private final Retries rules;
    private final Distribution service;
    private final int servers, capacity;
    private final double horizon, binWidth;
    private final double[] stepEnds;

    private int[] attemptRequest = new int[1024];
    private byte[] attemptState = new byte[1024];
    private long[] attemptTimer = new long[1024];
    private int attempts;
    private double[] born = new double[1024];
    private int[] retriesUsed = new int[1024];
    private int requests;

    private final IntFifo queue = new IntFifo();
    private final int[] serverAttempt;
    private final double[] serverWork;
    private int busy, present;
    private double tokens;

    private final Window total;
    private final Window[] steps, bins;
    private final Window[] live = new Window[3];
    private int step, bin;
    private double lastChange;
    private final LatencyHistogram histogram = new LatencyHistogram();

    /** What happened in one window of time. */
    private static final class Window {
        final double start, end;
        long requests, attempts, retries, succeeded, failed, timeouts, rejected;
        double present, busy, work, wasted;
        final RunningStats response = new RunningStats();

        Window(double start, double end) {
            this.start = start;
            this.end = end;
        }
    }

    private RetryEvents(RetryStation model, long seed, int replication) {
        arrivalRng = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        serviceRng = RandomStream.of(seed, replication, RandomStream.SERVICE);
        jitterRng = RandomStream.of(seed, replication, RandomStream.MISC);
        ArrivalSchedule s = model.requests();
        schedule = new ScheduleTracker(s);
        rules = model.retries();
        service = model.node().service();
        servers = model.node().servers();
        capacity = model.node().capacity();
        horizon = s.totalDuration();
        binWidth = model.binWidth();
        serverAttempt = new int[servers];
        serverWork = new double[servers];
        Arrays.fill(serverAttempt, -1);
        tokens = rules.budgetCap();
        total = new Window(0, horizon);
        stepEnds = new double[s.size()];
        steps = new Window[s.size()];
        for (int k = 0; k < steps.length; k++) {
            stepEnds[k] = s.start(k + 1);
            steps[k] = new Window(s.start(k), stepEnds[k]);
        }
        bins = new Window[Math.max(1, (int) Math.ceil(horizon / binWidth - 1e-9))];   // no empty last bin from rounding
        for (int k = 0; k < bins.length; k++) bins[k] = new Window(k * binWidth, Math.min((k + 1) * binWidth, horizon));
        live[0] = total;
        live[1] = steps[0];
        live[2] = bins[0];
    }

    static RetryRun run(RetryStation model, long seed, int replication) {
        RetryEvents m = new RetryEvents(model, seed, replication);
        m.nextRequest(0);
        m.sim.runUntil(m.horizon);
        m.advance(m.horizon);
        return m.result();
    }

    @Override
    public void handle(int type, int id) {
        advance(sim.now());
        switch (type) {
            case REQUEST -> request();
            case RETRY -> send(id);
            case TIMEOUT -> timeout(id);
            case DEPARTURE -> departure(id);
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void nextRequest(double from) {
        double at = schedule.nextArrival(from, arrivalRng);
        if (!Double.isNaN(at)) sim.scheduleAt(at, 0, REQUEST, 0);
    }

    private void request() {
        double now = sim.now();
        int q = requests++;
        if (q == born.length) {
            born = Arrays.copyOf(born, 2 * q);
            retriesUsed = Arrays.copyOf(retriesUsed, 2 * q);
        }
        born[q] = now;
        for (Window w : live) w.requests++;
        if (rules.hasBudget()) tokens = Math.min(rules.budgetCap(), tokens + rules.budgetRatio());
        nextRequest(now);
        send(q);
    }

    private void send(int q) {
        int a = attempts++;
        if (a == attemptRequest.length) {
            attemptRequest = Arrays.copyOf(attemptRequest, 2 * a);
            attemptState = Arrays.copyOf(attemptState, 2 * a);
            attemptTimer = Arrays.copyOf(attemptTimer, 2 * a);
        }
        attemptRequest[a] = q;
        attemptState[a] = WAITING;
        for (Window w : live) w.attempts++;
        if (present >= capacity) {              // a 503 at once: the client handles it like a timeout
            attemptState[a] = ABANDONED;
            for (Window w : live) w.rejected++;
            clientGaveUp(q);
            return;
        }
        present++;
        if (busy < servers) start(a);
        else queue.add(a);
        if (!Double.isInfinite(rules.timeout())) attemptTimer[a] = sim.schedule(rules.timeout(), TIMEOUT, a);
    }

    private void start(int a) {
        int g = 0;
        while (serverAttempt[g] >= 0) g++;
        busy++;
        double work = service.sample(serviceRng);
        serverAttempt[g] = a;
        serverWork[g] = work;
        sim.schedule(work, DEPARTURE, g);
    }

    private void departure(int g) {
        int a = serverAttempt[g];
        double work = serverWork[g];
        serverAttempt[g] = -1;
        busy--;
        present--;
        boolean answered = attemptState[a] == WAITING;
        for (Window w : live) {
            w.work += work;
            if (!answered) w.wasted += work;
        }
        if (answered) {
            attemptState[a] = ANSWERED;
            if (!Double.isInfinite(rules.timeout())) sim.cancel(attemptTimer[a]);
            double response = sim.now() - born[attemptRequest[a]];
            for (Window w : live) {
                w.succeeded++;
                w.response.add(response);
            }
            histogram.record(response);
        }
        if (!queue.isEmpty()) start(queue.poll());
    }

    private void timeout(int a) {
        attemptState[a] = ABANDONED;
        for (Window w : live) w.timeouts++;
        clientGaveUp(attemptRequest[a]);
    }

    /** The client stopped waiting for its attempt: it retries if the rules (and the budget) allow, else fails. */
    private void clientGaveUp(int q) {
        boolean paid = !rules.hasBudget() || tokens >= 1;
        if (retriesUsed[q] < rules.maxRetries() && paid) {
            if (rules.hasBudget()) tokens -= 1;
            int k = ++retriesUsed[q];
            for (Window w : live) w.retries++;
            double delay = rules.delay(k, jitterRng);
            if (delay == 0) send(q);
            else sim.schedule(delay, RETRY, q);
        } else {
            for (Window w : live) w.failed++;
        }
    }

    /** Integrates attempts present and servers busy up to {@code now}, moving to the next step or bin at their ends. */
    private void advance(double now) {
        double t = lastChange;
        while (t < now) {
            double until = Math.min(now, Math.min(steps[step].end, bins[bin].end));
            double dt = until - t;
            for (Window w : live) {
                w.present += dt * present;
                w.busy += dt * busy;
            }
            t = until;
            if (t >= steps[step].end && step + 1 < steps.length) live[1] = steps[++step];
            if (t >= bins[bin].end && bin + 1 < bins.length) live[2] = bins[++bin];
        }
        lastChange = now;
    }

    private Measurements.Builder rates(Window w) {
        double d = w.end - w.start;
        return Measurements.builder().put(RetryRun.START, w.start).put(RetryRun.OBSERVED_TIME, d)
                .put(RetryRun.REQUEST_RATE, w.requests / d).put(RetryRun.ATTEMPT_RATE, w.attempts / d)
                .put(RetryRun.GOODPUT, w.succeeded / d).put(Metric.MEAN_NUMBER_IN_SYSTEM, w.present / d);
    }

    private Slice stepSlice(String name, Window w) {
        double d = w.end - w.start;
        return new Slice(name, rates(w)
                .put(RetryRun.GOODPUT_RATIO, w.requests == 0 ? Double.NaN : (double) w.succeeded / w.requests)
                .put(RetryRun.OFFERED_LOAD, w.attempts * service.mean() / (servers * d))
                .put(Metric.UTILIZATION, w.busy / (servers * d))
                .put(RetryRun.TIMEOUT_FRACTION, w.attempts == 0 ? 0 : (double) w.timeouts / w.attempts)
                .put(Metric.MEAN_RESPONSE, w.response.mean())
                .put(RetryRun.WASTED_WORK_FRACTION, w.work == 0 ? 0 : w.wasted / w.work)
                .build());
    }

    private RetryRun result() {
        List<Slice> stepSlices = new ArrayList<>(), binSlices = new ArrayList<>();
        for (int k = 0; k < steps.length; k++) stepSlices.add(stepSlice("step " + k, steps[k]));
        for (int k = 0; k < bins.length; k++) binSlices.add(new Slice("bin " + k, rates(bins[k]).build()));
        Slice last = stepSlices.get(stepSlices.size() - 1);
        Window w = total;
        Measurements m = Measurements.builder()
                .put(RetryRun.REQUESTS, w.requests).put(RetryRun.ATTEMPTS, w.attempts).put(RetryRun.RETRIES, w.retries)
                .put(RetryRun.SUCCEEDED, w.succeeded).put(RetryRun.FAILED, w.failed)
                .put(RetryRun.UNFINISHED, w.requests - w.succeeded - w.failed)
                .put(RetryRun.TIMEOUTS, w.timeouts).put(RetryRun.REJECTED, w.rejected)
                .put(RetryRun.GOODPUT, w.succeeded / horizon)
                .put(Metric.MEAN_RESPONSE, w.response.mean())
                .put(Metric.P99_RESPONSE, histogram.count() == 0 ? Double.NaN : histogram.percentile(0.99))
                .put(RetryRun.RETRIES_PER_REQUEST, w.requests == 0 ? 0 : (double) w.retries / w.requests)
                .put(RetryRun.TIMEOUT_FRACTION, w.attempts == 0 ? 0 : (double) w.timeouts / w.attempts)
                .put(RetryRun.WASTED_WORK_FRACTION, w.work == 0 ? 0 : w.wasted / w.work)
                .put(Metric.UTILIZATION, w.busy / (servers * horizon))
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, w.present / horizon)
                .put(RetryRun.FINAL_GOODPUT_RATIO, last.get(RetryRun.GOODPUT_RATIO))
                .put(RetryRun.FINAL_OFFERED_LOAD, last.get(RetryRun.OFFERED_LOAD))
                .put(RetryRun.FINAL_NUMBER_IN_SYSTEM, last.get(Metric.MEAN_NUMBER_IN_SYSTEM))
                .build();
        return new RetryRun(m, stepSlices, binSlices, histogram);
    }
}
