package brokerlab.cli;

import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.dist.Erlang;
import brokerlab.dist.MixedErlang;
import brokerlab.model.Discipline;
import brokerlab.model.QueueSpec;
import brokerlab.util.Check;

import java.util.function.Supplier;

/**
 * Reads the queue options of {@code analyze} and {@code simulate} into a library {@link QueueSpec}:
 * {@code --arrival} and {@code --service} ({@link Distributions#parse}), {@code --servers} (or the number of
 * {@code --speeds}), {@code --capacity}, {@code --speeds}, {@code --routing} and {@code --discipline}. Parse errors
 * are rethrown naming the option and the text typed; every other rule is the spec's own.
 */
final class QueueOptions {
    private QueueOptions() {}

    static QueueSpec from(Args args) {
        Distribution arrival = distribution(args, "arrival");
        Distribution service = distribution(args, "service");
        double[] speeds = args.numbers("speeds");
        int servers = speeds != null && !args.has("servers") ? speeds.length
                : Check.atLeast("--servers", Args.parseInt("servers", args.required("servers")), 1);
        int capacity = args.has("capacity") ? Check.atLeast("--capacity", args.integer("capacity", 0), 1) : 0;
        Discipline discipline = QueueSpec.discipline(args.string("discipline", "fcfs"));
        return new QueueSpec(arrival, service, servers, capacity, speeds, args.string("routing", QueueSpec.SHARED), discipline);
    }

    static Distribution distribution(Args args, String option) {
        String text = args.required(option);
        return named(option, text, () -> usable(Distributions.parse(text)));
    }

    /** Phases of an Erlang or mixed Erlang: each sample sums that many exponentials, and percentiles integrate them. */
    static final int MAX_PHASES = 10_000;

    /**
     * What the commands need of a parsed distribution beyond its own rules: a finite mean above 0 (a rate of 1e-320
     * or a Weibull shape of 1e-9 parse, but their mean overflows), a variance that can be computed, and at most
     * {@value #MAX_PHASES} phases.
     */
    private static Distribution usable(Distribution d) {
        double mean = d.mean();
        if (!(mean > 0) || Double.isInfinite(mean)) {
            throw Check.fail("its mean", mean, "it must be finite and above 0", "use parameters whose mean a double can "
                    + "hold (rates and means between about 1e-300 and 1e300)");
        }
        if (Double.isNaN(d.scv())) {
            throw Check.fail("its variance", "NaN", "it cannot be computed for these parameters", "use less extreme parameters");
        }
        int phases = d instanceof Erlang e ? e.k() : d instanceof MixedErlang m ? m.phases() : 0;
        if (phases > MAX_PHASES) {
            throw Check.fail("phases", phases, "at most " + MAX_PHASES + " (each sample sums that many exponentials)",
                    "for a near-constant time use det(value=" + Report.number(mean) + ")");
        }
        return d;
    }

    /** Runs {@code parse}, prefixing any IllegalArgumentException with the option and the text typed. */
    static <T> T named(String option, String text, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + option + " '" + text + "': " + e.getMessage(), e);
        }
    }
}
