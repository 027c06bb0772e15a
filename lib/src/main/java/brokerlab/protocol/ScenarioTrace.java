package brokerlab.protocol;

import brokerlab.util.Check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A short, readable event trace of one scripted scenario: crashes and recoveries, leaderships won (with their
 * votes or quorums), commits and acknowledgements the protocols choose to report, and the violations the checker found, each with its time in ms.
 * <pre>{@code
 * ScenarioTrace t = suite.trace("figure 8", "COMMIT_OLD_TERM");
 * t.show(12).forEach(System.out::println);   // at most 12 lines, none wider than 100 characters
 * }</pre>
 * The trace ends at the checker's first violation. It is bounded: it keeps the first {@link #CAPACITY} lines and
 * counts the rest, and {@link #show} prints the head and the tail around an ellipsis, so that violation always shows.
 *
 * <p>A recording is attached to the clusters built while {@link #record} runs its scenario, on the calling thread
 * only: scenarios build their clusters inside package-private code, and this keeps their signatures free of a
 * parameter that is null in every run but the traced one. Nothing is recorded anywhere else, so untraced runs
 * pay one null check per reported event.
 */
public final class ScenarioTrace {
    /** Lines kept; later lines are counted in {@link #omitted()}. */
    public static final int CAPACITY = 2000;
    /** The widest line {@link #show} prints (the notebooks' output limit). */
    public static final int WIDTH = 100;

    private static final ThreadLocal<ScenarioTrace> RECORDING = new ThreadLocal<>();

    /** One event: when (ms of simulated time) and what happened. */
    public record Line(double time, String text) {
        public Line {
            Check.notNull("text", text);
        }

        /** The time right-aligned in ms with one decimal, then the text, cut to {@link #WIDTH} characters. */
        public String format() {
            String s = String.format("%8.1f ms  %s", time, text);
            return s.length() <= WIDTH ? s : s.substring(0, WIDTH - 1) + "…";
        }
    }

    private static final int TAIL = 3;

    private final List<Line> lines = new ArrayList<>();
    private final ArrayDeque<Line> last = new ArrayDeque<>(TAIL);   // the latest lines, kept even past CAPACITY
    private long omitted, afterViolation;
    private boolean violated;
    private List<String> violations = List.of();

    private ScenarioTrace() {}

    /**
     * Runs {@code scenario} on this thread with a trace attached to every cluster it builds, and returns the trace
     * together with the violations the scenario reports.
     */
    public static ScenarioTrace record(Supplier<List<String>> scenario) {
        Check.notNull("scenario", scenario);
        if (RECORDING.get() != null)
            throw Check.fail("scenario", "a nested recording", "one scenario is traced at a time per thread", "record the scenarios one after another");
        ScenarioTrace t = new ScenarioTrace();
        RECORDING.set(t);
        try {
            t.violations = List.copyOf(scenario.get());
        } finally {
            RECORDING.remove();
        }
        return t;
    }

    /** The trace being recorded on this thread, or null (read by {@link Cluster} when it is built). */
    static ScenarioTrace current() {
        return RECORDING.get();
    }

    /** Appends an event, or counts it when the trace is full. */
    void add(double time, String text) {
        if (violated) { afterViolation++; return; }
        Line l = new Line(time, text);
        if (lines.size() < CAPACITY) lines.add(l);
        else omitted++;
        if (last.size() == TAIL) last.removeFirst();
        last.addLast(l);
    }

    /** Every line kept, in order. */
    public List<Line> lines() { return List.copyOf(lines); }

    /**
     * Records the checker's first violation and ends the trace there: what follows a broken invariant is noise
     * next to how the run got there (later events are counted in {@link #afterViolation()}).
     */
    void violation(double time, String what) {
        if (violated) return;
        add(time, "VIOLATION " + what);
        violated = true;
    }

    /** Events reported after the first violation, counted but not kept. */
    public long afterViolation() { return afterViolation; }

    /** Lines beyond {@link #CAPACITY}, counted but not kept. */
    public long omitted() { return omitted; }

    /** The violations the scenario's checker reported (empty: the protocol passed). */
    public List<String> violations() { return violations; }

    /**
     * At most {@code maxLines} formatted lines: all of them if they fit; otherwise the first lines, one
     * "… n more events" line and the last three, kept even past {@link #CAPACITY} (where the violation is).
     */
    public List<String> show(int maxLines) {
        Check.atLeast("maxLines", maxLines, 5);
        long total = lines.size() + omitted;
        List<String> out = new ArrayList<>();
        if (total <= maxLines) {
            for (Line l : lines) out.add(l.format());
            return out;
        }
        int head = maxLines - TAIL - 1;
        for (int i = 0; i < head; i++) out.add(lines.get(i).format());
        out.add(String.format("%8s     … %d more events", "", total - head - TAIL));
        for (Line l : last) out.add(l.format());
        return out;
    }
}
