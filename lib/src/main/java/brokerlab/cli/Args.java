package brokerlab.cli;

import brokerlab.util.Check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed {@code --name value} options and {@code --flag} switches of one command. Unknown options are an error
 * naming the option and the known ones, so a typo never silently falls back to a default; an option given twice
 * ({@code --servers 4 --servers 2}) is an error too, as no rule says which one wins. A switch may be written
 * {@code --json}, {@code --json=true} or {@code --json=false}.
 */
final class Args {
    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Args(String command) {
        this.command = command;
    }

    /** Parses {@code argv} against the command's value options and boolean flags. */
    static Args parse(String command, String[] argv, int from, Set<String> valueOptions, Set<String> flags) {
        Args args = new Args(command);
        for (int i = from; i < argv.length; i++) {
            String token = argv[i];
            if (!token.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + token + "' for '" + command
                        + "': options look like --servers 4; see --help");
            }
            String name = token.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (args.values.containsKey(name)) {
                throw new IllegalArgumentException("--" + name + " is given twice for '" + command + "'; give it once");
            }
            if (flags.contains(name)) {
                args.values.put(name, switchValue(name, inline));
            } else if (valueOptions.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= argv.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value, e.g. --" + name + " " + example(name));
                    }
                    value = argv[++i];
                }
                args.values.put(name, value);
            } else {
                List<String> known = new ArrayList<>();
                valueOptions.forEach(o -> known.add("--" + o));
                flags.forEach(f -> known.add("--" + f));
                throw new IllegalArgumentException("unknown option --" + name + " for '" + command + "'; known: "
                        + String.join(", ", known));
            }
        }
        return args;
    }

    /** A switch's value: true when bare, else its inline true or false. */
    private static String switchValue(String name, String inline) {
        if (inline == null || inline.equalsIgnoreCase("true")) return "true";
        if (inline.equalsIgnoreCase("false")) return "false";
        throw Check.fail("--" + name, inline, "a switch is on or off", "write --" + name + " (or --" + name
                + "=true / --" + name + "=false)");
    }

    private static String example(String name) {
        return switch (name) {
            case "arrival" -> "'exp(rate=3.6)'";
            case "service" -> "'lomax(alpha=2.5,mean=1)'";
            default -> "VALUE";
        };
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A switch: on when given bare or {@code =true}, off when absent or {@code =false}. */
    boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required for '" + command + "'; see --help");
        return v;
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return has(name) ? parseInt(name, values.get(name)) : fallback;
    }

    /** A whole number; accepts 1e8 and 100_000_000. */
    long longValue(String name, long fallback) {
        return has(name) ? whole(name, values.get(name), Long.MAX_VALUE, "1000000") : fallback;
    }

    /** A file or folder path; text no path can hold (a NUL character, say) is refused naming the option. */
    java.nio.file.Path path(String name, String fallback) {
        String text = fallback == null ? required(name) : string(name, fallback);
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw Check.fail("--" + name, printable(text), "it is not a path this system can use (" + e.getReason() + ")",
                    "give a plain file or folder name");
        }
    }

    /** Largest input file (a model or sweep description) read: a description of thousands of stations is far below it. */
    static final long MAX_INPUT_BYTES = 16L << 20;

    /**
     * The path of an input file that is safe to read whole: a regular file (not a folder, a device such as /dev/zero
     * or a pipe) of at most {@link #MAX_INPUT_BYTES}; anything else is refused naming the option, before reading.
     */
    java.nio.file.Path inputFile(String name, String what) {
        java.nio.file.Path file = path(name, null);
        String shown = printable(file.toString());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw Check.fail("--" + name, shown, java.nio.file.Files.exists(file) ? "it is not a regular file" : "no such file",
                    "give the path of " + what);
        }
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw Check.fail("--" + name, shown, "it cannot be read (" + e.getClass().getSimpleName() + ")", "give the path of " + what);
        }
        if (size > MAX_INPUT_BYTES) {
            throw Check.fail("--" + name, shown, "it has " + size + " bytes, above the " + MAX_INPUT_BYTES
                    + "-byte limit for " + what, "give the path of " + what);
        }
        return file;
    }

    /** Text for a one-line message: control characters as '?', at most 120 characters. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 120; i++) b.append(Character.isISOControl(s.charAt(i)) ? '?' : s.charAt(i));
        return s.length() > 120 ? b + "... (" + s.length() + " characters)" : b.toString();
    }

    double number(String name, double fallback) {
        return has(name) ? parseDouble(name, values.get(name)) : fallback;
    }

    double[] numbers(String name) {
        if (!has(name)) return null;
        String[] parts = values.get(name).split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
            if (!Double.isFinite(out[i])) {
                throw Check.fail("--" + name, values.get(name), "item " + (i + 1) + " ('" + parts[i].trim()
                        + "') is not a finite number; it must be a comma-separated list of numbers", "e.g. --" + name + " 1,1,0.1");
            }
        }
        return out;
    }

    /** A whole number that fits an int; accepts 1e6 and 1_000_000 like {@link #longValue}. */
    static int parseInt(String name, String text) {
        return (int) whole(name, text, Integer.MAX_VALUE, "4");
    }

    /** A whole number from -max - 1 to max, read exactly (decimal arithmetic, so 1e18 is not rounded). */
    private static long whole(String name, String text, long max, String example) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw Check.fail("--" + name, text, "it must be a whole number", "e.g. --" + name + " " + example);
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw Check.fail("--" + name, text, "it must be a whole number", "e.g. --" + name + " " + example);
        }
        if (value.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw Check.fail("--" + name, text, "it is too large: the limit is " + max + " (and -" + max + " below zero)",
                    "use a smaller value");
        }
        return value.longValueExact();
    }

    /** A finite number (NaN, infinities and overflowing text such as 1e999 are refused). */
    static double parseDouble(String name, String text) {
        double d;
        try {
            d = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw Check.fail("--" + name, text, "it must be a number", "e.g. --" + name + " 0.5");
        }
        if (!Double.isFinite(d)) throw Check.fail("--" + name, text, "it must be a finite number", "e.g. --" + name + " 0.5");
        return d;
    }
}
