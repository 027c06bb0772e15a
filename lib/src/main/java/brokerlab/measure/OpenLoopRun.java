package brokerlab.measure;

import brokerlab.experiment.Measurements;
import brokerlab.model.arrivals.ArrivalSource;
import brokerlab.random.RandomStream;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One replication of a {@link Measurement}: draws every inter-arrival, service time and partition up front (so the
 * load loop draws nothing), measures the broker's idle round trip, starts the c worker threads, sends on the calling
 * thread at the scheduled instants, waits for the last completion, stops the workers and summarises. Every loop is
 * bounded: the producer by the message count and the deadline, the workers by a stop flag they check at least every
 * {@value #POLL_MS} ms (a receive never blocks longer), the drain by the deadline.
 */
final class OpenLoopRun {
    static final long POLL_MS = 50;
    private static final int ROUND_TRIPS = 100;
    private static final long START_DELAY_NANOS = 50_000_000;   // lets every worker reach its first receive

    private final Measurement m;
    private final int warmup, total, replication;
    private final long seed;
    private final double limitSeconds;
    private final MessageTimeline timeline;
    private final AtomicInteger completed = new AtomicInteger(), taken = new AtomicInteger();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile boolean stop;

    OpenLoopRun(Measurement m, int warmup, int total, long seed, int replication, double limitSeconds) {
        this.m = m;
        this.warmup = warmup;
        this.total = total;
        this.seed = seed;
        this.replication = replication;
        this.limitSeconds = limitSeconds;
        this.timeline = new MessageTimeline(total, m.workers());
    }

    MeasuredRun execute() {
        Machine machine = Machine.current();
        RunningBroker broker = m.broker();
        if (!broker.isAlive()) {
            throw new IllegalStateException("the broker at " + broker.address() + " is not running; start it again "
                    + "(a closed RunningBroker cannot be reused)");
        }
        RoundTrip roundTrip = RoundTrip.measure(broker, ROUND_TRIPS);
        ArrivalSource gaps = m.arrival().source(RandomStream.of(seed, replication, RandomStream.ARRIVALS));
        RandomStream services = RandomStream.of(seed, replication, RandomStream.SERVICE);
        RandomStream routing = RandomStream.of(seed, replication, RandomStream.ROUTING);
        long[] offset = new long[total], service = new long[total];
        int[] partition = new int[total];
        double t = 0;
        for (int k = 0; k < total; k++) {
            t += gaps.next();
            offset[k] = Math.round(t * 1e6);
            service[k] = Math.round(m.service().sample(services) * 1e6);
            partition[k] = m.layout().partition(k, m.workers(), routing);
        }
        long begin = System.nanoTime();
        long deadline = begin + (long) (limitSeconds * 1e9);
        String name = String.format(Locale.ROOT, "m%d-r%d-%d", seed, replication, begin);
        try (MessageQueue queue = broker.queue(name, m.layout(), m.workers())) {
            Thread[] workers = new Thread[m.workers()];
            for (int w = 0; w < workers.length; w++) {
                int id = w;
                workers[w] = new Thread(() -> work(queue, id), "brokerlab-measure-worker-" + w);
                workers[w].setDaemon(true);
                workers[w].start();
            }
            int sent = produce(queue, offset, service, partition, begin + START_DELAY_NANOS, deadline);
            while (completed.get() < sent && failure.get() == null && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                Pacer.sleepUntil(System.nanoTime() + 5_000_000);
            }
            if (completed.get() < sent && failure.get() == null) {
                failure.set(Thread.currentThread().isInterrupted() ? "interrupted" : String.format(Locale.ROOT,
                        "time limit of %.1f s reached with %d of %d sent messages completed", limitSeconds, completed.get(), sent));
            }
            stop = true;
            for (Thread w : workers) join(w);
        }
        long end = System.nanoTime();
        TimelineSummary s = TimelineSummary.of(timeline, warmup, m.speeds(), m.layout().partitioned(), end);
        boolean identical = java.util.Arrays.stream(m.speeds()).allMatch(v -> v == m.speeds()[0]);
        Replay replay = Replay.of(timeline, warmup, m.layout() == QueueLayout.SHARED && identical);
        Measurements.Builder b = Measurements.builder().putAll(s.measurements())
                .put(MeasuredRun.MEAN_SERVICE, TimelineSummary.mean(s.services()))
                .put(MeasuredRun.MEAN_DRAWN_SERVICE, drawnMean())
                .put(MeasuredRun.TIMER_OVERSHOOT, TimelineSummary.mean(s.overshoots()))
                .put(MeasuredRun.SEND_LAG, TimelineSummary.mean(s.sendLags()))
                .put(MeasuredRun.P99_SEND_LAG, TimelineSummary.quantile(TimelineSummary.sorted(s.sendLags()), 0.99))
                .put(MeasuredRun.TRANSIT, s.transits().length == 0 ? roundTrip.meanMicros() / 2000 : TimelineSummary.mean(s.transits()))
                .put(MeasuredRun.FETCH_DELAY, s.fetches().length == 0 ? roundTrip.meanMicros() / 2000 : TimelineSummary.mean(s.fetches()))
                .put(MeasuredRun.BROKER_ROUND_TRIP, roundTrip.meanMicros() / 1000)
                .put(MeasuredRun.REPLAY_MEAN_WAIT, TimelineSummary.mean(replay.waits()))
                .put(MeasuredRun.REPLAY_MEAN_RESPONSE, TimelineSummary.mean(replay.responses()))
                .put(MeasuredRun.REPLAY_P99_RESPONSE, TimelineSummary.quantile(TimelineSummary.sorted(replay.responses()), 0.99))
                .put(MeasuredRun.LOST, s.measurements().get("customers") - s.measurements().get("rejected") - s.measurements().get("departures"))
                .put(MeasuredRun.DUPLICATES, timeline.duplicates())
                .put(MeasuredRun.LOAD_AVERAGE, machine.loadAverage())
                .put(MeasuredRun.WALL_TIME, (end - begin) / 1e6);
        return new MeasuredRun(b.build(), machine, broker.describe(), failure.get(), m.heavyTailed(), s);
    }

    /** Mean of the service times asked for (drawn / worker speed) of the completed measured messages, summed in id order. */
    private double drawnMean() {
        double sum = 0;
        int n = 0;
        for (int k = warmup; k < total; k++) {
            if (!timeline.isDone(k)) continue;
            sum += timeline.drawnService(k) / m.speeds()[timeline.worker(k)] / 1e6;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sends message k at begin + offset[k]; returns how many were sent before the deadline or a failure. */
    private int produce(MessageQueue queue, long[] offset, long[] service, int[] partition, long begin, long deadline) {
        int k = 0, accepted = 0;
        try (MessageQueue.Sender sender = queue.sender()) {
            for (; k < total && !stop; k++) {
                long due = begin + offset[k];
                if (due - deadline > 0) {
                    failure.compareAndSet(null, String.format(Locale.ROOT, "time limit of %.1f s reached after sending %d of %d messages", limitSeconds, k, total));
                    break;
                }
                Pacer.sleepUntil(due);
                if (Thread.currentThread().isInterrupted()) {
                    failure.compareAndSet(null, "interrupted");
                    break;
                }
                if (accepted - taken.get() > m.queueLimit()) {   // the breaker: more than the limit already waiting
                    timeline.rejected(k, due);
                    continue;
                }
                accepted++;
                timeline.sent(k, due, System.nanoTime(), service[k]);
                sender.send(new Task(k, service[k]), partition[k]);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, "the broker failed while sending message " + k + ": " + e.getMessage());
            if (k < total && timeline.wasSent(k)) accepted++;   // it was timestamped; it may or may not have arrived
        }
        return accepted;
    }

    private void work(MessageQueue queue, int w) {
        double speed = m.speeds()[w];
        try (MessageQueue.Receiver receiver = queue.receiver(w)) {
            while (!stop) {
                Task task = receiver.receive(POLL_MS);
                if (task == null) continue;
                long now = System.nanoTime();
                int k = (int) task.id();
                if (k >= total) continue;   // not ours: the queue name is unique per run, so this does not happen
                boolean first = timeline.dequeued(k, now, w);
                if (first) taken.incrementAndGet();
                Pacer.sleepUntil(now + Math.round(task.serviceNanos() / speed));
                long finished = System.nanoTime();
                receiver.complete();
                if (first) {
                    timeline.done(k, finished);
                    completed.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            if (!stop) failure.compareAndSet(null, "the broker failed under worker " + w + ": " + e.getMessage());
            stop = true;   // one worker's broker is every worker's broker: end the run, keep what completed
        }
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) t.interrupt();
    }
}
