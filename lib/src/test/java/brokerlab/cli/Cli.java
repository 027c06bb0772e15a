package brokerlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@link Main#run(String[], PrintStream, PrintStream)} in-process and keeps what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The one JSON object on stdout (fails if stdout is not exactly one valid object). */
    Map<String, Object> json() {
        if (status != 0) throw new AssertionError("exit " + status + ": " + err);
        return JsonReader.object(out);
    }

    double number(String field) {
        Object v = json().get(field);
        if (!(v instanceof Double d)) throw new AssertionError(field + " is not a number: " + v + " in " + out);
        return d;
    }

    /** The lines on stderr. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
