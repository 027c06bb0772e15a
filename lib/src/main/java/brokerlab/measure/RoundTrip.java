package brokerlab.measure;

import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Locale;

/**
 * The broker's own cost of one message with no queueing: on an idle queue, one thread sends a task and a second
 * connection receives it, {@code samples} times, timed with {@link System#nanoTime()}. It is the part of every
 * measured wait that no queueing model contains (two client calls, the loopback network, the broker's work), and
 * the first term of the gap decomposition.
 *
 * @param samples    round trips timed (after 20 untimed ones that warm the connections and the JIT)
 * @param meanMicros mean round trip, µs
 * @param p50Micros  median, µs
 * @param p99Micros  99th percentile, µs
 */
public record RoundTrip(int samples, double meanMicros, double p50Micros, double p99Micros) {
    private static final int WARM_UP = 20;

    /** Times {@code samples} send-then-receive round trips on a fresh queue of {@code broker}. */
    public static RoundTrip measure(RunningBroker broker, int samples) {
        Check.notNull("broker", broker);
        Check.atLeast("samples", samples, 10);
        Check.atLeast("samples", 100_000, samples);
        double[] micros = new double[samples];
        try (MessageQueue q = broker.queue("round-trip-" + System.nanoTime(), QueueLayout.SHARED, 1);
             MessageQueue.Sender s = q.sender(); MessageQueue.Receiver r = q.receiver(0)) {
            for (int i = -WARM_UP; i < samples; i++) {
                long t0 = System.nanoTime();
                s.send(new Task(Math.max(0, i), 0), 0);
                Task t = r.receive(5_000);
                long t1 = System.nanoTime();
                if (t == null) throw new IllegalStateException("round trip on " + broker.address() + ": no message within 5 s");
                r.complete();
                if (i >= 0) micros[i] = (t1 - t0) / 1_000.0;
            }
        }
        Arrays.sort(micros);
        return new RoundTrip(samples, Arrays.stream(micros).average().orElse(Double.NaN),
                micros[(int) Math.ceil(0.5 * samples) - 1], micros[(int) Math.ceil(0.99 * samples) - 1]);
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "round trip mean %.0f µs, median %.0f µs, p99 %.0f µs (%d samples)",
                meanMicros, p50Micros, p99Micros, samples);
    }
}
