package brokerlab.measure;

import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Locale;

/**
 * How late {@link Pacer#sleepUntil} wakes for a requested sleep on this machine, now: {@code samples} sleeps of
 * {@code requestedMicros}, each measured with {@link System#nanoTime()}. A measurement's service times are drawn
 * sleeps, so this is the timer part of the gap between a model and the measurement (every run also reports the
 * overshoot it saw in place, see {@link MeasuredRun#TIMER_OVERSHOOT}).
 *
 * @param requestedMicros the sleep asked for, µs
 * @param samples         sleeps measured
 * @param meanMicros      mean overshoot, µs
 * @param p50Micros       median overshoot, µs
 * @param p99Micros       99th percentile, µs
 * @param maxMicros       largest overshoot, µs
 * @param clockMicros     granularity of {@code System.nanoTime()}: the smallest nonzero step seen between two reads, µs
 */
public record TimerOvershoot(double requestedMicros, int samples, double meanMicros, double p50Micros, double p99Micros,
                             double maxMicros, double clockMicros) {

    /** Measures {@code samples} sleeps of {@code requestedMicros} (about samples x requested of wall time). */
    public static TimerOvershoot measure(double requestedMicros, int samples) {
        Check.positive("requestedMicros", requestedMicros);
        Check.atLeast("samples", samples, 10);
        if (samples * requestedMicros > 30e6) {
            throw Check.fail("samples", samples, "samples x requestedMicros must stay under 30 s of sleeping",
                    "use fewer samples or a shorter sleep");
        }
        long requested = Math.round(requestedMicros * 1_000);
        double[] over = new double[samples];
        for (int i = 0; i < samples; i++) {
            over[i] = Pacer.sleepUntil(System.nanoTime() + requested) / 1_000.0;
        }
        Arrays.sort(over);
        double mean = Arrays.stream(over).average().orElse(Double.NaN);
        return new TimerOvershoot(requestedMicros, samples, mean, quantile(over, 0.5), quantile(over, 0.99),
                over[samples - 1], clockGranularityMicros());
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double clockGranularityMicros() {
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 1_000; i++) {
            long a = System.nanoTime(), b;
            while ((b = System.nanoTime()) == a) {
                Thread.onSpinWait();
            }
            smallest = Math.min(smallest, b - a);
        }
        return smallest / 1_000.0;
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "sleep %.0f µs: overshoot mean %.1f µs, median %.1f µs, p99 %.1f µs, max %.0f µs "
                + "(%d samples; nanoTime step %.3f µs)", requestedMicros, meanMicros, p50Micros, p99Micros, maxMicros, samples, clockMicros);
    }
}
