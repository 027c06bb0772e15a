package brokerlab.cli;

import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
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
        return named(option, text, () -> Distributions.parse(text));
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
