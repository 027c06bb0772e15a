package brokerlab.cli;

import brokerlab.experiment.Progress;

import java.io.PrintStream;
import java.util.function.Function;

/**
 * Where a command writes: results on {@code out}, diagnostics and progress on {@code err} (never progress on
 * {@code out}, so {@code --json} output stays one parsable object), and a factory of progress listeners by label.
 */
record Io(PrintStream out, PrintStream err, Function<String, Progress> progress) {

    /** The real terminal: progress through {@link Progress#stderr(String)} (throttled to two lines a second). */
    static Io system() {
        return new Io(System.out, System.err, Progress::stderr);
    }

    /** Given streams (in-process callers, tests): every progress update becomes one line on {@code err}. */
    static Io of(PrintStream out, PrintStream err) {
        return new Io(out, err, label -> (done, total, message) ->
                err.println(label + ": " + done + "/" + total + (message.isEmpty() ? "" : " " + message)));
    }
}
