package brokerlab.cli;

import brokerlab.analytic.AnalyticMethod;
import brokerlab.experiment.LibraryVersion;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line for scripts and batch runs: {@code bin/brokerlab analyze|simulate|plan ...}, which runs the
 * self-contained {@code lib/target/brokerlab-cli.jar}.
 * Exit status: 0 success; 2 bad input (one line on stderr naming the parameter and the fix, no stack trace);
 * 1 an internal error. Results go to stdout, progress and errors to stderr.
 */
public final class Main {
    private Main() {}

    /** The analyze default, stated once by the library for {@code --help} and {@code analyze --help}. */
    static final String DEFAULT_METHOD_RULE = AnalyticMethod.RULE;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();
    static {
        for (Command c : new Command[]{new AnalyzeCommand(), new SimulateCommand(), new PlanCommand(), new ProtocolCommand(), new RunsCommand(), new MeasureCommand()}) {
            COMMANDS.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        int status = run(args, Io.system());
        System.out.flush();
        System.exit(status);
    }

    /** Runs one command line in-process; returns the exit status. Progress lines go to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, Io.of(out, err));
    }

    static int run(String[] args, Io io) {
        return run(args, io, COMMANDS);
    }

    /** As {@link #run(String[], Io)} with a given command table (tests inject a failing command). */
    static int run(String[] args, Io io, Map<String, Command> commands) {
        String label = "brokerlab";
        try {
            if (args.length == 0) {
                throw new IllegalArgumentException("no command given; usage: brokerlab analyze|simulate|plan OPTIONS; "
                        + "see --help");
            }
            String first = args[0];
            if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
                io.out().print(help());
                return 0;
            }
            if (first.equals("--version")) {
                io.out().println("brokerlab " + LibraryVersion.get());
                return 0;
            }
            Command command = commands.get(first);
            if (command == null) {
                throw new IllegalArgumentException("unknown command '" + first + "'; known: "
                        + String.join(", ", commands.keySet()) + "; see --help");
            }
            label = "brokerlab " + command.name();
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--help") || args[i].equals("-h")) {
                    io.out().print(command.help());
                    return 0;
                }
            }
            Set<String> flags = Command.ordered("json", "help");
            Args parsed = Args.parse(command.name(), args, 1, command.options(), flags);
            return command.execute(parsed, io);
        } catch (IllegalArgumentException e) {
            io.err().println(label + ": " + oneLine(e.getMessage()));
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            io.err().println(label + ": internal error: " + oneLine(String.valueOf(e)) + " (please report it with the "
                    + "command line)");
            return 1;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Breaks text into lines of at most {@code width} characters at spaces. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() - lineStart + word.length() + 1 > width && out.length() > lineStart) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    static String help() {
        StringBuilder sb = new StringBuilder("""
                brokerlab - queueing models of cloud message brokers

                usage: brokerlab COMMAND OPTIONS [--json]          (bin/brokerlab, or java -jar brokerlab-cli.jar)
                       brokerlab COMMAND --help | --help | --version

                commands:
                """);
        COMMANDS.values().forEach(c -> sb.append(String.format("  %-9s %s%n", c.name(), c.summary())));
        sb.append("""

                distribution SPECs: exp(rate=2) exp(mean=0.5) det(value=1) erlang(k=2,mean=1) hyperexp(mean=1,scv=4)
                  lognormal(mean=1,scv=4) pareto(alpha=2.5,mean=1) lomax(alpha=2.5,mean=1) weibull(shape=0.5,mean=1)
                  uniform(min=0,max=2) empirical(values=0.5;1;2.5)

                """).append(wrap("analyze default method rule: " + DEFAULT_METHOD_RULE + ".", 110)).append("""


                --json prints one JSON object: utilization, wait_probability, mean_wait, mean_response,
                mean_queue_length, p50_response, p95_response, p99_response (null where a method has no value),
                rejection_probability with --capacity, method; simulate adds ci95 (95% half-widths).
                networks: analyze --model FILE and simulate --model FILE read a JSON or YAML model file (README).
                exit status: 0 ok, 2 bad input (one line on stderr), 1 internal error.

                example: brokerlab analyze --arrival 'exp(rate=3.6)' --service 'exp(rate=1)' --servers 4 --json
                """);
        return sb.toString();
    }
}
