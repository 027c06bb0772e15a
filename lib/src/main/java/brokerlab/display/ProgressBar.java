package brokerlab.display;

import brokerlab.experiment.Progress;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@link Progress} as a live HTML {@code <progress>} bar in the notebook cell that runs the work: done of total,
 * elapsed time and an estimate of the time left, replaced in place (Jupyter {@code update_display_data}), and
 * once the last unit is done a one-line summary instead of the bar, e.g. {@code sweep: 11 of 11 done in 12.4 s}.
 * It appears as soon as it is created, so a long first unit does not leave the cell silent. Updates are
 * throttled (at most four a second) so ten thousand fast replications do not flood the front end.
 * Notebooks get one from {@code NotebookEnv.progress("sweep")}, which falls back to no output in headless runs
 * (tests, the report) and to text on standard error outside a kernel. Called on one thread at a time
 * ({@link Progress}'s contract).
 */
public final class ProgressBar implements Progress {
    static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final String label;
    private final DisplaySink sink;
    private final LongSupplier clock;
    private String id;
    private long start, lastShown;
    private boolean finished;

    ProgressBar(String label, DisplaySink sink, LongSupplier clock) {
        this.label = Check.notNull("label", label);
        this.sink = Check.notNull("sink", sink);
        this.clock = Check.notNull("clock", clock);
        begin();
    }

    /** A bar shown through the notebook kernel's display channel, timed by the system clock. */
    public static ProgressBar in(DisplaySink sink, String label) {
        return new ProgressBar(label, sink, System::nanoTime);
    }

    private void begin() {
        start = clock.getAsLong();
        lastShown = start;
        finished = false;
        id = sink.show(bar(0, 0, "starting"), label + ": starting");
    }

    @Override
    public void update(long done, long total, String message) {
        if (finished) {
            if (done >= total) return;
            begin();                                  // the same bar reused for a second run
        }
        long now = clock.getAsLong();
        if (done >= total) {
            finished = true;
            String summary = String.format(Locale.ROOT, "%s: %d of %d done in %s", label, done, total, duration(now - start));
            sink.replace(id, "<div class=\"bl-progress-done\">✓ " + Html.escape(summary) + "</div>", summary);
            return;
        }
        if (now - lastShown < MIN_INTERVAL_NANOS) return;
        lastShown = now;
        String status = status(done, total, now - start, message);
        sink.replace(id, bar(done, total, status), label + ": " + status);
    }

    private String bar(long done, long total, String status) {
        // Without value and max a <progress> element is indeterminate: "working, amount unknown".
        String progress = total > 0
                ? "<progress value=\"" + done + "\" max=\"" + total + "\""
                : "<progress";
        return "<div class=\"bl-progress\">" + progress + " style=\"width:14em;vertical-align:middle\"></progress> "
                + "<span>" + Html.escape(label + ": " + status) + "</span></div>";
    }

    static String status(long done, long total, long elapsedNanos, String message) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d of %d · %s elapsed", done, total, duration(elapsedNanos)));
        if (done > 0) {
            long left = Math.round((double) elapsedNanos / done * (total - done));
            s.append(" · about ").append(duration(left)).append(" left");
        }
        if (message != null && !message.isBlank()) s.append(" · ").append(message);
        return s.toString();
    }

    /** 0.4 s, 12.4 s, 3 min 05 s, 1 h 02 min. */
    static String duration(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 60) return String.format(Locale.ROOT, "%.1f s", seconds);
        long s = Math.round(seconds);
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
