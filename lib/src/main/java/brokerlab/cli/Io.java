package brokerlab.cli;

import brokerlab.experiment.Cancellation;
import brokerlab.experiment.Progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

/**
 * Where a command writes and how it is stopped: results on {@code out}, diagnostics and progress on {@code err}
 * (never progress on {@code out}, so {@code --json} output stays one parsable object), a factory of progress
 * listeners by label, the {@link Cancellation} a Ctrl-C (or a test) cancels, and how often a long run prints a
 * line with its ETA ({@link LongRun}).
 */
record Io(PrintStream out, PrintStream err, Function<String, Progress> progress, Cancellation cancellation, Duration heartbeat) {

    /** How often a long run says how far it has got, on a terminal. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /** The real terminal: progress through {@link Progress#stderr(String)} (throttled to two lines a second). */
    static Io system() {
        return new Io(System.out, System.err, Progress::stderr, new Cancellation(), HEARTBEAT);
    }

    /** Given streams (in-process callers, tests): every progress update becomes one line on {@code err}. */
    static Io of(PrintStream out, PrintStream err) {
        return of(out, err, new Cancellation(), HEARTBEAT);
    }

    /** As {@link #of(PrintStream, PrintStream)} with a cancellation the caller holds and a heartbeat of its choice. */
    static Io of(PrintStream out, PrintStream err, Cancellation cancellation, Duration heartbeat) {
        return new Io(out, err, label -> (done, total, message) ->
                err.println(label + ": " + done + "/" + total + (message.isEmpty() ? "" : " " + message)), cancellation, heartbeat);
    }
}
