package brokerlab.measure;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.StationRun;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The station metrics of one measured run, computed from its {@link MessageTimeline} with the observation rule of
 * {@link StationRun}, so a measurement and a simulation are read the same way. Times are in milliseconds.
 *
 * <p>Messages {@code warmup}, {@code warmup + 1}, ... that were sent are measured (those refused at a queue limit
 * count as arrivals and rejections, as at a station with finite capacity). Per-message statistics (waits,
 * responses, percentiles) cover those that completed; those that did not are counted as {@link MeasuredRun#LOST}.
 * Time averages are integrals over the window from the first to the last measured send, computed from every
 * message's intervals (warm-up messages still present count): utilisation from [dequeue, completion], queue length
 * from [send, dequeue], number in system from [send, completion]; an interval still open at the end of the run is
 * closed at {@code endNanos}. "Wait" is send to dequeue, so it includes the broker's transit time; the wait
 * probability is the fraction of measured messages that found every worker able to take them busy (all c for a
 * shared queue, the worker of their partition when partitioned), counted from the same intervals.
 *
 * @param measurements the metrics, in {@link StationRun#METRICS} order where a station has them
 * @param waits        send to dequeue of each completed measured message, in send order, ms
 * @param responses    send to completion, ms
 * @param services     dequeue to completion, ms (the drawn service plus the timer's overshoot)
 * @param overshoots   measured service minus the service asked for (drawn demand / worker speed), ms
 * @param sendLags     actual minus scheduled send time of every measured message sent, ms
 * @param transits     send to dequeue of the measured messages that found a worker free: delivery with no queueing, ms
 * @param fetches      completion to the same worker's next dequeue when a message was already waiting for it, ms
 */
public record TimelineSummary(Measurements measurements, double[] waits, double[] responses, double[] services,
                              double[] overshoots, double[] sendLags, double[] transits, double[] fetches) {
    private static final double MS = 1e6;

    /** Summarises {@code t}; {@code speeds[w]} is worker w's speed, {@code partitioned} whether each worker has its own queue. */
    public static TimelineSummary of(MessageTimeline t, int warmup, double[] speeds, boolean partitioned, long endNanos) {
        Check.notNull("timeline", t);
        Check.atLeast("warmup", warmup, 0);
        int n = t.size(), c = t.workers();
        if (speeds.length != c) throw Check.fail("speeds", speeds.length + " values", "give one speed per worker (" + c + ")", null);
        int measuredSent = 0, completed = 0, last = -1, refused = 0;
        for (int k = warmup; k < n; k++) {
            if (t.wasRejected(k)) refused++;
            if (!t.wasSent(k)) continue;
            measuredSent++;
            last = k;
            if (t.isDone(k)) completed++;
        }
        if (measuredSent < 2 || completed < 1) {
            throw new IllegalStateException("the run measured " + measuredSent + " messages sent and " + completed
                    + " completed after the warm-up: too few for statistics (the broker failed early or the run was too short)");
        }
        int firstSent = warmup;
        while (!t.wasSent(firstSent)) firstSent++;
        long from = t.sentAt(firstSent), to = t.sentAt(last);
        double window = Math.max(1, to - from) / MS;
        double[] waits = new double[completed], responses = new double[completed], services = new double[completed];
        double[] overshoots = new double[completed], lags = new double[measuredSent];
        int i = 0, j = 0;
        for (int k = warmup; k < n; k++) {
            if (!t.wasSent(k)) continue;
            lags[j++] = (t.sentAt(k) - t.scheduledAt(k)) / MS;
            if (!t.isDone(k)) continue;
            waits[i] = (t.dequeuedAt(k) - t.sentAt(k)) / MS;
            responses[i] = (t.doneAt(k) - t.sentAt(k)) / MS;
            services[i] = (t.doneAt(k) - t.dequeuedAt(k)) / MS;
            overshoots[i] = services[i] - t.drawnService(k) / speeds[t.worker(k)] / MS;
            i++;
        }
        double busyArea = 0, queueArea = 0, systemArea = 0;
        long departures = 0;
        for (int k = 0; k < n; k++) {
            if (!t.wasSent(k)) continue;
            long deq = t.wasDequeued(k) ? t.dequeuedAt(k) : endNanos, end = t.isDone(k) ? t.doneAt(k) : endNanos;
            queueArea += overlap(t.sentAt(k), deq, from, to);
            systemArea += overlap(t.sentAt(k), end, from, to);
            if (t.wasDequeued(k)) busyArea += overlap(deq, end, from, to);
            if (t.isDone(k) && t.doneAt(k) >= from && t.doneAt(k) <= to) departures++;
        }
        double[][] sweep = sweep(t, warmup, partitioned, endNanos);
        double meanWait = mean(waits), meanResponse = mean(responses), inSystem = systemArea / MS / window;
        double arrivalRate = measuredSent / window;
        double[] sortedResponses = sorted(responses), sortedWaits = sorted(waits);
        Measurements.Builder b = Measurements.builder()
                .put(Metric.MEAN_WAIT, meanWait)
                .put(Metric.MEAN_RESPONSE, meanResponse)
                .put(Metric.WAIT_PROBABILITY, sweep[0][0])
                .put(Metric.UTILIZATION, busyArea / MS / (c * window))
                .put(Metric.MEAN_QUEUE_LENGTH, queueArea / MS / window)
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, inSystem)
                .put(Metric.REJECTION_PROBABILITY, (double) refused / (refused + measuredSent))
                .put(Metric.THROUGHPUT, departures / window);
        for (Metric m : new Metric[]{Metric.P50_RESPONSE, Metric.P95_RESPONSE, Metric.P99_RESPONSE, Metric.P999_RESPONSE}) {
            b.put(m, quantile(sortedResponses, m.quantile()));
        }
        for (Metric m : new Metric[]{Metric.P50_WAIT, Metric.P95_WAIT, Metric.P99_WAIT, Metric.P999_WAIT}) {
            b.put(m, quantile(sortedWaits, m.quantile()));
        }
        b.put(Metric.LITTLE_RELATIVE_ERROR, inSystem > 0 ? Math.abs(inSystem - arrivalRate * meanResponse) / inSystem : Double.NaN)
                .put(StationRun.CUSTOMERS, measuredSent + refused)
                .put(StationRun.DEPARTURES, completed)
                .put(StationRun.REJECTED, refused)
                .put(StationRun.OBSERVED_TIME, window);
        return new TimelineSummary(b.build(), waits, responses, services, overshoots, lags, sweep[1], sweep[2]);
    }

    /** Length of [a, b] inside [from, to], in ns. */
    private static double overlap(long a, long b, long from, long to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }

    /**
     * Wait probability (fraction of completed measured messages that found no worker free to take them: every worker
     * busy, or their partition's worker busy), the transits (send to dequeue of those that found one free and no other
     * message waiting: the broker's delivery time with no queueing) and the fetch delays (completion to the same
     * worker's next dequeue, when that next message had been sent before the completion: the time a busy worker loses
     * between two messages).
     */
    private static double[][] sweep(MessageTimeline t, int warmup, boolean partitioned, long endNanos) {
        int n = t.size(), c = t.workers();
        BusyWorkers workers = new BusyWorkers(t, partitioned, endNanos);
        int found = 0, measured = 0;
        double[] transit = new double[n];
        int transits = 0;
        for (int k = warmup; k < n; k++) {
            if (!t.wasSent(k) || !t.isDone(k)) continue;
            measured++;
            int g = workers.group(t, k);
            if (workers.busy(g, t.sentAt(k)) >= (partitioned ? 1 : c)) found++;
            else if (workers.waiting(g, t.sentAt(k)) <= 1) transit[transits++] = (t.dequeuedAt(k) - t.sentAt(k)) / MS;   // nobody ahead of it
        }
        List<List<Integer>> byWorker = new ArrayList<>();
        for (int w = 0; w < c; w++) byWorker.add(new ArrayList<>());
        for (int k = 0; k < n; k++) if (t.isDone(k)) byWorker.get(t.worker(k)).add(k);
        double[] fetch = new double[n];
        int fetches = 0;
        for (List<Integer> ks : byWorker) {
            ks.sort(Comparator.comparingLong(t::dequeuedAt));
            for (int i = 0; i + 1 < ks.size(); i++) {
                int k = ks.get(i), next = ks.get(i + 1);
                if (k >= warmup && t.sentAt(next) <= t.doneAt(k)) {   // its next message was already waiting: a pure fetch
                    fetch[fetches++] = (t.dequeuedAt(next) - t.doneAt(k)) / MS;
                }
            }
        }
        return new double[][]{{measured == 0 ? Double.NaN : (double) found / measured}, Arrays.copyOf(transit, transits),
                Arrays.copyOf(fetch, fetches)};
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return xs.length == 0 ? Double.NaN : s / xs.length;
    }

    static double[] sorted(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s;
    }

    /** The order statistic at ceil(q n), the definition {@code stats.tail.Bootstrap} uses. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
    }
}
