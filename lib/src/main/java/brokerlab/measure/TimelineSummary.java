package brokerlab.measure;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.StationRun;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * The station metrics of one measured run, computed from its {@link Timeline} with the observation rule of
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
 */
public record TimelineSummary(Measurements measurements, double[] waits, double[] responses, double[] services,
                              double[] overshoots, double[] sendLags) {
    private static final double MS = 1e6;

    /** Summarises {@code t}; {@code speeds[w]} is worker w's speed, {@code partitioned} whether each worker has its own queue. */
    public static TimelineSummary of(Timeline t, int warmup, double[] speeds, boolean partitioned, long endNanos) {
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
        double meanWait = mean(waits), meanResponse = mean(responses), inSystem = systemArea / MS / window;
        double arrivalRate = measuredSent / window;
        double[] sortedResponses = sorted(responses), sortedWaits = sorted(waits);
        Measurements.Builder b = Measurements.builder()
                .put(Metric.MEAN_WAIT, meanWait)
                .put(Metric.MEAN_RESPONSE, meanResponse)
                .put(Metric.WAIT_PROBABILITY, waitProbability(t, warmup, partitioned, endNanos))
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
        return new TimelineSummary(b.build(), waits, responses, services, overshoots, lags);
    }

    /** Length of [a, b] inside [from, to], in ns. */
    private static double overlap(long a, long b, long from, long to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }

    /**
     * Fraction of measured messages that, when sent, found no worker free to take them: every worker busy (shared)
     * or their partition's worker busy. Busy intervals are [dequeue, completion) of every message.
     */
    private static double waitProbability(Timeline t, int warmup, boolean partitioned, long endNanos) {
        int n = t.size(), c = t.workers();
        int groups = partitioned ? c : 1;
        long[][] starts = new long[groups][], ends = new long[groups][];
        int[] counts = new int[groups];
        for (int k = 0; k < n; k++) if (t.wasDequeued(k)) counts[partitioned ? t.worker(k) : 0]++;
        for (int g = 0; g < groups; g++) {
            starts[g] = new long[counts[g]];
            ends[g] = new long[counts[g]];
        }
        int[] fill = new int[groups];
        for (int k = 0; k < n; k++) {
            if (!t.wasDequeued(k)) continue;
            int g = partitioned ? t.worker(k) : 0;
            starts[g][fill[g]] = t.dequeuedAt(k);
            ends[g][fill[g]++] = t.isDone(k) ? t.doneAt(k) : endNanos;
        }
        for (int g = 0; g < groups; g++) {
            Arrays.sort(starts[g]);
            Arrays.sort(ends[g]);
        }
        int found = 0, measured = 0;
        for (int k = warmup; k < n; k++) {
            if (!t.wasSent(k) || !t.isDone(k)) continue;
            measured++;
            int g = partitioned ? t.worker(k) : 0;
            long at = t.sentAt(k);
            int busy = countAtMost(starts[g], at) - countAtMost(ends[g], at);
            if (busy >= (partitioned ? 1 : c)) found++;
        }
        return measured == 0 ? Double.NaN : (double) found / measured;
    }

    private static int countAtMost(long[] sorted, long x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) return -i - 1;
        while (i + 1 < sorted.length && sorted[i + 1] == x) i++;
        return i + 1;
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
