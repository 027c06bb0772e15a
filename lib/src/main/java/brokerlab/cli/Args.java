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
 * naming the option and the known ones, so a typo never silently falls back to a default.
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
            if (flags.contains(name)) {
                args.values.put(name, "true");
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

    boolean flag(String name) {
        return values.containsKey(name);
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
        if (!has(name)) return fallback;
        try {
            return new BigDecimal(values.get(name).trim().replace("_", "")).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw Check.fail("--" + name, values.get(name), "it must be a whole number", "e.g. --" + name + " 1000000");
        }
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
                throw Check.fail("--" + name, values.get(name), "item " + (i + 1) + " ('" + parts[i].trim()
                        + "') is not a number; it must be a comma-separated list of numbers", "e.g. --" + name + " 1,1,0.1");
            }
        }
        return out;
    }

    static int parseInt(String name, String text) {
        try {
            return Integer.parseInt(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw Check.fail("--" + name, text, "it must be a whole number", "e.g. --" + name + " 4");
        }
    }

    static double parseDouble(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw Check.fail("--" + name, text, "it must be a number", "e.g. --" + name + " 0.5");
        }
    }
}
