package brokerlab.cli;

import brokerlab.analytic.AnalyticMethod;
import brokerlab.experiment.LibraryVersion;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The command line for scripts and batch runs: {@code bin/brokerlab analyze|simulate|plan ...}, which runs the
 * self-contained {@code lib/target/brokerlab-cli.jar}.
 * Exit status: 0 success; 2 bad input (one line on stderr naming the parameter and the fix, no stack trace);
 * 1 an internal error; 130 interrupted (Ctrl-C), after printing the results of the replications finished by then,
 * marked partial. Results go to stdout, progress and errors to stderr. Every option is checked, and the memory and
 * time a request needs estimated ({@link ResourceBudget}), before any work starts.
 */
public final class Main {
    private Main() {}

    /** The analyze default, stated once by the library for {@code --help} and {@code analyze --help}. */
    static final String DEFAULT_METHOD_RULE = AnalyticMethod.RULE;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();
    static {
        for (Command c : new Command[]{new AnalyzeCommand(), new SimulateCommand(), new PlanCommand(), new ProtocolCommand(), new RunsCommand(),
                new SweepCommand(), new MeasureCommand()}) {
            COMMANDS.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        Io io = Io.system();
        CountDownLatch printed = new CountDownLatch(1);
        // Ctrl-C (SIGINT) or a polite kill (SIGTERM) starts the JVM's shutdown: stop the run, and while an experiment
        // was running wait for the command to print the replications finished so far; the JVM then exits with the
        // signal's status (130 for SIGINT). After a normal end the hook finds nothing running and returns at once.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean running = io.cancellation().watched();
            io.cancellation().cancel("interrupted (Ctrl-C or a stop signal)");
            if (!running) return;
            try {
                printed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brokerlab-interrupt"));
        int status = run(args, io);
        System.out.flush();
        System.err.flush();
        printed.countDown();
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
        } catch (CancellationException e) {
            io.err().println(label + ": " + oneLine(e.getMessage()));
            return 130;
        } catch (UncheckedIOException e) {
            io.err().println(label + ": " + oneLine(e.getMessage()) + " (a file system error: check the path and its permissions)");
            return 1;
        } catch (OutOfMemoryError e) {
            io.err().println(label + ": ran out of memory (heap limit " + ResourceBudget.bytes(Runtime.getRuntime().maxMemory())
                    + ") although the request's estimate fitted; raise the limit, e.g. BROKERLAB_JAVA_OPTS=-Xmx8g, or ask "
                    + "for less (please report the command line)");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            io.err().println(label + ": internal error: " + oneLine(String.valueOf(e)) + " (please report it with the "
                    + "command line)");
            return 1;
        }
    }

    /**
     * A message as one printable line: line breaks become spaces, other control characters '?', and a word of
     * more than 200 characters (a huge value echoed back) is cut to its first 60 with its length.
     */
    static String oneLine(String message) {
        if (message == null) return "invalid input";
        String flat = message.replaceAll("\\s*\\R\\s*", " ").strip().replaceAll("\\p{Cntrl}", "?");
        StringBuilder out = new StringBuilder();
        for (String word : flat.split(" ", -1)) {
            if (out.length() > 0) out.append(' ');
            out.append(word.length() <= 200 ? word : word.substring(0, 60) + "...(" + word.length() + " characters)");
        }
        return out.toString();
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
                mean_queue_length, p50_response, p95_response, p99_response (null where a method has no value,
                "Infinity" with a <field>_note where infinite), rejection_probability with --capacity, method;
                simulate adds ci95 (95% half-widths). --json=false is the table.
                networks: analyze --model FILE and simulate --model FILE read a JSON or YAML model file (README).
                every option is checked, and the memory a request needs estimated, before any work; a long run
                prints its ETA on stderr, and Ctrl-C stops it and prints the finished replications, marked partial.
                exit status: 0 ok, 2 bad input (one line on stderr), 1 internal error, 130 interrupted (partial).

                example: brokerlab analyze --arrival 'exp(rate=3.6)' --service 'exp(rate=1)' --servers 4 --json
                """);
        return sb.toString();
    }
}
