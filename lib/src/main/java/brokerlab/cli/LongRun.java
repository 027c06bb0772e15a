package brokerlab.cli;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.Progress;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command's {@link Experiment} so that a long run says how far it has got and can be stopped: the runner's
 * per-replication progress lines, plus every {@link Io#heartbeat()} a line with the time elapsed and an ETA on
 * stderr; a Ctrl-C (the {@link Io#cancellation()}) stops it with the replications finished so far, which the
 * command prints marked partial. Before a run of more than {@value #LONG_CUSTOMERS} customers, a pilot of
 * replication 0 at a short length ({@link Experiment#secondsPerReplication}) gives an ETA from the start, as the
 * first replication alone may take hours.
 */
final class LongRun {
    private LongRun() {}

    /** Customers in total (warm-up and replications included) above which a pilot times the run first. */
    static final double LONG_CUSTOMERS = 2e8;

    static <R extends Outcome> Estimates<R> run(Experiment<R> experiment, String label, Io io, double customers) {
        int replications = experiment.plan().replications();
        Eta eta = new Eta(replications);
        Progress lines = io.progress().apply(label).withEta();
        Experiment<R> e = experiment.cancellation(io.cancellation()).progress((done, total, message) -> {
            eta.finished(done);
            lines.update(done, total, message);
        });
        if (customers > LONG_CUSTOMERS) {
            int rounds = (replications + experiment.plan().threads() - 1) / experiment.plan().threads();
            double seconds = e.secondsPerReplication(0.25) * rounds;
            eta.expect(seconds);
            io.err().println(label + ": a long run, about " + duration(seconds) + " by a pilot's timing; a line every "
                    + duration(io.heartbeat().toMillis() / 1000.0) + "; Ctrl-C stops it and prints the replications "
                    + "finished by then, marked partial");
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "brokerlab-eta");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, io.heartbeat().toMillis());
        ticker.scheduleAtFixedRate(() -> io.err().println(label + ": " + eta.line()), every, every, TimeUnit.MILLISECONDS);
        try {
            return e.run();
        } finally {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);    // no ETA line after the command's last word
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Prints the report; for estimates stopped early (Ctrl-C) marks them partial ({@code partial},
     * {@code replications_planned}), says so on stderr in one line and returns 130 (128 + SIGINT, the shell's status
     * for an interrupted command); else returns 0.
     */
    static int finish(String command, Report report, Estimates<? extends Outcome> e, int planned, Args args, Io io) {
        if (e.partial()) report.field("partial", true).field("replications_planned", planned);
        report.print(io.out(), args.flag("json"));
        io.out().flush();
        if (!e.partial()) return 0;
        io.err().println("brokerlab " + command + ": " + e.warnings().get(e.warnings().size() - 1) + " (printed above, "
                + "marked partial" + (report.json().containsKey("saved_run") ? "; saved as " + report.json().get("saved_run") : "") + ")");
        return 130;
    }

    /** Elapsed time and what is left, from finished replications (or the pilot's estimate before the first). */
    static final class Eta {
        private final int replications;
        private final long start = System.nanoTime();
        private volatile long done;
        private volatile double expected = Double.NaN;

        Eta(int replications) {
            this.replications = replications;
        }

        void finished(long count) {
            done = count;
        }

        void expect(double seconds) {
            expected = seconds;
        }

        String line() {
            double elapsed = (System.nanoTime() - start) / 1e9;
            long finished = done;
            String left;
            if (finished > 0) left = "about " + duration(elapsed * (replications - finished) / finished) + " left";
            else if (!Double.isNaN(expected)) left = "about " + duration(Math.max(0, expected - elapsed)) + " left (pilot estimate)";
            else left = "time left known once a replication finishes";
            return String.format(Locale.ROOT, "%d/%d replications finished, %s elapsed, %s", finished, replications,
                    duration(elapsed), left);
        }
    }

    /** 45s, 12m 05s, 7h 38m, 3d 4h: two units, for people. */
    static String duration(double seconds) {
        if (!(seconds < 1e12)) return "a very long time";
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        if (s < 86_400) return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        return String.format(Locale.ROOT, "%dd %dh", s / 86_400, s % 86_400 / 3600);
    }
}
