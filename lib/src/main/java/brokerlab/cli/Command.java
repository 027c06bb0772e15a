package brokerlab.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One sub-command of the command line ({@code analyze}, {@code simulate}, {@code plan}). {@link Main} parses the
 * options a command declares, answers {@code --help} from {@link #help()}, and turns an
 * {@link IllegalArgumentException} thrown by {@link #execute} into exit status 2 with its message on one line.
 */
interface Command {

    /** The word typed after the jar, e.g. {@code analyze}. */
    String name();

    /** One line for the global {@code --help}. */
    String summary();

    /** The full usage text for {@code <command> --help}. */
    String help();

    /** Options that take a value ({@code --servers 4}); {@code --json} and {@code --help} are added by Main. */
    Set<String> options();

    /** Option names in the order given, so "known: ..." lists read like the usage line. */
    static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    /** Runs the command; returns the exit status (0 on success). Bad input throws IllegalArgumentException. */
    int execute(Args args, Io io);
}
