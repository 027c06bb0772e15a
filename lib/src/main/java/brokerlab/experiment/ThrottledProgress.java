package brokerlab.experiment;

import brokerlab.util.Check;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@link Progress} as text lines, throttled so that a run of 10,000 fast replications does not print 10,000
 * lines: a line is printed when at least the interval has passed since the last one, and always for the
 * final update. The clock is injected so tests do not sleep.
 */
final class ThrottledProgress implements Progress {
    /** Half a second: at most two lines a second. */
    static final long DEFAULT_INTERVAL_NANOS = 500_000_000L;

    private final String label;
    private final PrintStream out;
    private final LongSupplier clock;
    private final long intervalNanos;
    private long lastPrinted;
    private boolean printedAny;

    ThrottledProgress(String label, PrintStream out, LongSupplier clock, long intervalNanos) {
        this.label = Check.notNull("label", label);
        this.out = out;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        long now = clock.getAsLong();
        boolean last = done >= total;
        if (!last && printedAny && now - lastPrinted < intervalNanos) return;
        printedAny = true;
        lastPrinted = now;
        double percent = total > 0 ? 100.0 * done / total : 100.0;
        out.println(String.format(Locale.ROOT, "%s: %d/%d (%.0f%%)%s", label, done, total, percent,
                message == null || message.isEmpty() ? "" : " " + message));
        out.flush();
    }
}
