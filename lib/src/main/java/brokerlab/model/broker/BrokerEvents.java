package brokerlab.model.broker;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.IntFifo;
import brokerlab.sim.Simulator;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;
import java.util.function.DoubleConsumer;

/**
 * Discrete-event model of an SQS-style broker. Producers send messages as a Poisson stream; a sender stage of n1
 * FCFS threads serves each message and then waits for its write to r replicas (the slowest of r exponential writes:
 * synchronous replication, so the thread is held). The stored message becomes visible. Each of n2 consumer threads
 * that is free receives a visible message ({@link Delivery}), which makes it invisible ({@link Visibility}),
 * processes it for a service time and acknowledges it; the acknowledgement deletes the message unless, with
 * probability p, it is lost or the consumer crashes. An unacknowledged message becomes visible again when its
 * visibility timeout ends, and is moved to the dead-letter queue instead once it has been received maxReceives times.
 *
 * <p><b>Reduction to the base paper.</b> With {@link Broker#li2015} settings, i.e. exponential stages, no
 * replication delay (replicaWriteMean = 0), {@link Visibility#AFTER_FAILURE} with V = 0 (a failed message rejoins
 * the back of the visible queue at the instant of failure), no dead-letter queue and out-of-order FCFS delivery,
 * every message follows exactly the routing of {@code brokerlab.model.network.Li2015}: M/M/n1 then M/M/n2 with
 * Bernoulli(p) feedback to the back of the same queue. The model is then that Jackson network and its mean latency
 * is {@code Li2015.meanDeliveryTime} exactly (for p = 0, the tandem queue of notebook 01). Any V &gt; 0 adds a
 * delay the paper's model does not have: the exact mean becomes T(V) = T_paper + V p / (1 - p) (see
 * {@link BrokerTheory}), which tends to the paper's value as V → 0 and exceeds it by more as p grows, so the paper's
 * analytic model underestimates SQS latency. The limit must be taken under AFTER_FAILURE: under
 * {@link Visibility#FROM_RECEIVE} a timeout shorter than the processing makes the message reappear while it is
 * still being processed, so V → 0 there gives ever more duplicates, not the paper's model.
 *
 * <p>Run protocol: arrivals stop at {@code horizon}; the run then drains until every message is deleted or
 * dead-lettered, so no message is left in flight. Latency, duplicates and dead-letter fraction are measured over
 * messages sent in [warmup, horizon); throughput and utilisation over that interval. Random sources: ARRIVALS
 * (inter-arrival times), MISC (sender service), NETWORK (replica writes), SERVICE (processing), FAILURES
 * (acknowledgement outcome), ROUTING (message group).
 */
final class BrokerEvents implements EventHandler {
    private static final int ARRIVAL = 0, SENT = 1, PROCESSED = 2, REAPPEAR = 3;
    /** Unfinished messages (sent, neither deleted nor dead-lettered) beyond which the run is declared overloaded rather than simulated forever. */
    static final int MAX_BACKLOG = 2_000_000;

    private final Broker p;
    private final double warmup, horizon;
    private final DoubleConsumer latencySink;
    private final Simulator sim = new Simulator(this, 1024);
    private final RandomStream arrivals, senderService, writes, service, failures, routing;
    private final MessageTable messages = new MessageTable();
    private final IntFifo senderQueue = new IntFifo();
    private final IntFifo visible = new IntFifo();     // out of order: visible messages; in order: ready groups
    private final IntFifo[] groupFifo;
    private int senderBusy, consumerBusy;
    private double busyArea, lastChange;
    private long deliveredOnce, deliveredMore, dead, receives, windowAcks, windowSent, windowDead;
    private final RunningStats latency = new RunningStats();
    private final RunningStats duplicates = new RunningStats();
    private final LatencyHistogram histogram = new LatencyHistogram();

    private BrokerEvents(Broker p, double warmup, double horizon, long seed, int replication,
                         DoubleConsumer latencySink) {
        this.p = p;
        this.warmup = warmup;
        this.horizon = horizon;
        this.latencySink = latencySink;
        arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        senderService = RandomStream.of(seed, replication, RandomStream.MISC);
        writes = RandomStream.of(seed, replication, RandomStream.NETWORK);
        service = RandomStream.of(seed, replication, RandomStream.SERVICE);
        failures = RandomStream.of(seed, replication, RandomStream.FAILURES);
        routing = RandomStream.of(seed, replication, RandomStream.ROUTING);
        groupFifo = new IntFifo[p.delivery() == Delivery.IN_ORDER ? p.groups() : 0];
        for (int g = 0; g < groupFifo.length; g++) groupFifo[g] = new IntFifo();
    }

    /** One drained replication; messages sent in [warmup, warmup + duration) are measured; {@code sink} may be null. */
    static BrokerRun run(Broker params, RunLength.Time length, long seed, int replication, DoubleConsumer sink) {
        return new BrokerEvents(params, length.warmup(), length.end(), seed, replication, sink).execute();
    }

    private BrokerRun execute() {
        sim.schedule(arrivals.nextExponential() / p.arrivalRate(), ARRIVAL, 0);
        sim.run();
        double window = horizon - warmup;
        return new BrokerRun(Measurements.builder()
                .put(BrokerRun.MEAN_LATENCY, latency.mean()).put(BrokerRun.P99_LATENCY, histogram.percentile(0.99))
                .put(BrokerRun.DUPLICATES_PER_DELIVERED, duplicates.mean())
                .put(BrokerRun.DEAD_LETTER_FRACTION, windowSent == 0 ? Double.NaN : (double) windowDead / windowSent)
                .put(Metric.THROUGHPUT, windowAcks / window)
                .put(BrokerRun.CONSUMER_UTILIZATION, busyArea / (window * p.consumerThreads()))
                .put(BrokerRun.SENT, messages.size()).put(BrokerRun.DELIVERED_ONCE, deliveredOnce)
                .put(BrokerRun.DELIVERED_MORE_THAN_ONCE, deliveredMore).put(BrokerRun.DEAD_LETTERED, dead)
                .put(BrokerRun.RECEIVES, receives).build());
    }

    @Override
    public void handle(int type, int m) {
        switch (type) {
            case ARRIVAL -> arrive();
            case SENT -> sent(m);
            case PROCESSED -> processed(m);
            case REAPPEAR -> reappear(m);
            default -> throw new IllegalStateException("unknown event type " + type);
        }
    }

    private void arrive() {
        double now = sim.now();
        int g = groupFifo.length > 1 ? routing.nextInt(groupFifo.length) : 0;
        int m = messages.add(now, g);
        if (inWindow(m)) windowSent++;
        if (senderBusy < p.senderThreads()) startSend(m);
        else senderQueue.add(m);
        if (m - deliveredOnce - deliveredMore - dead > MAX_BACKLOG)
            throw new IllegalStateException("backlog passed " + MAX_BACKLOG + " messages at t = " + now
                    + ": the broker is overloaded (duplicates and retries add consumer load); lower arrivalRate or "
                    + "failureProbability, add consumerThreads, or lengthen visibilityTimeout");
        double next = now + arrivals.nextExponential() / p.arrivalRate();
        if (next < horizon) sim.schedule(next - now, ARRIVAL, 0);
    }

    private void startSend(int m) {
        senderBusy++;
        double write = 0;
        if (p.replicaWriteMean() > 0)
            for (int i = 0; i < p.replicas(); i++) write = Math.max(write, writes.nextExponential() * p.replicaWriteMean());
        sim.schedule(p.senderService().sample(senderService) + write, SENT, m);
    }

    private void sent(int m) {
        senderBusy--;
        if (!senderQueue.isEmpty()) startSend(senderQueue.poll());
        if (groupFifo.length > 0) groupFifo[messages.group(m)].add(m);
        becomeVisible(m);
        dispatch();
    }

    private void becomeVisible(int m) {
        messages.setState(m, MessageTable.VISIBLE);
        if (groupFifo.length == 0) visible.add(m);
        else refreshGroup(messages.group(m));
    }

    /** Drops finished messages from the group's head; a visible head makes the group ready (lazy: checked again at dispatch). */
    private void refreshGroup(int g) {
        IntFifo q = groupFifo[g];
        while (!q.isEmpty() && messages.finished(q.peek())) q.poll();
        if (!q.isEmpty() && messages.state(q.peek()) == MessageTable.VISIBLE) visible.add(g);
    }

    private void dispatch() {
        while (consumerBusy < p.consumerThreads() && !visible.isEmpty()) {
            int x = visible.poll();
            int m = x;
            if (groupFifo.length > 0) {
                IntFifo q = groupFifo[x];
                while (!q.isEmpty() && messages.finished(q.peek())) q.poll();
                if (q.isEmpty()) continue;
                m = q.peek();
            }
            if (messages.state(m) == MessageTable.VISIBLE) receive(m);
        }
    }

    private void receive(int m) {
        changeBusy(+1);
        messages.receive(m);
        receives++;
        sim.schedule(p.consumerService().sample(service), PROCESSED, m);
        if (p.visibility() == Visibility.FROM_RECEIVE) sim.schedule(p.visibilityTimeout(), REAPPEAR, m);
    }

    private void processed(int m) {
        changeBusy(-1);
        boolean acknowledged = failures.nextDouble() >= p.failureProbability();
        if (acknowledged && !messages.finished(m)) delete(m);
        else if (!acknowledged && p.visibility() == Visibility.AFTER_FAILURE) sim.schedule(p.visibilityTimeout(), REAPPEAR, m);
        dispatch();
    }

    private void delete(int m) {
        double now = sim.now();
        messages.setState(m, MessageTable.DELETED);
        int n = messages.receives(m);
        if (n == 1) deliveredOnce++;
        else deliveredMore++;
        if (now >= warmup && now < horizon) windowAcks++;
        if (inWindow(m)) {
            double t = now - messages.sendTime(m);
            latency.add(t);
            histogram.record(t);
            duplicates.add(n - 1);
            if (latencySink != null) latencySink.accept(t);
        }
        if (groupFifo.length > 0) refreshGroup(messages.group(m));
    }

    private void reappear(int m) {
        if (messages.finished(m)) return;          // acknowledged meanwhile: the timer is moot
        if (messages.receives(m) >= p.maxReceives()) {
            messages.setState(m, MessageTable.DEAD);
            dead++;
            if (inWindow(m)) windowDead++;
            if (groupFifo.length > 0) refreshGroup(messages.group(m));
        } else {
            becomeVisible(m);
        }
        dispatch();
    }

    private boolean inWindow(int m) {
        double t = messages.sendTime(m);
        return t >= warmup && t < horizon;
    }

    /** Time-integral of busy consumers over [warmup, horizon], updated before every change. */
    private void changeBusy(int delta) {
        double now = sim.now();
        double from = Math.max(lastChange, warmup), to = Math.min(now, horizon);
        if (to > from) busyArea += consumerBusy * (to - from);
        lastChange = now;
        consumerBusy += delta;
    }
}
