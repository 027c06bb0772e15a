package brokerlab.dist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code name(param=value,...)}: whitespace-tolerant, case-insensitive names, parameters in any order,
 * values optionally in double quotes. Every failure is one IllegalArgumentException whose message says what is
 * wrong, what would be right, and ends with the offending spec.
 */
final class SpecParser {
    private SpecParser() {}

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** One family: its parameters (required ones first) and how to build it from checked arguments. */
    private record Family(String name, List<String> required, List<String> optional, String example,
                          Function<Args, Distribution> build) {
        String takes() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return String.join(", ", all);
        }
    }

    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

    private static void add(String name, List<String> required, List<String> optional, String example,
                            Function<Args, Distribution> build) {
        FAMILIES.put(name, new Family(name, required, optional, example, build));
    }

    static {
        add("exp", List.of(), List.of("rate", "mean"), "exp(rate=2) or exp(mean=0.5)", a -> {
            if (a.has("rate") == a.has("mean"))
                throw new IllegalArgumentException("exp takes exactly one of rate or mean, e.g. exp(rate=2) or exp(mean=0.5)");
            return a.has("rate") ? new Exponential(a.num("rate")) : Exponential.ofMean(a.num("mean"));
        });
        add("det", List.of("value"), List.of(), "det(value=1)", a -> new Deterministic(a.num("value")));
        add("erlang", List.of("k", "mean"), List.of(), "erlang(k=2,mean=1)", a -> new Erlang(a.integer("k"), a.num("mean")));
        add("mixederlang", List.of("mean", "scv"), List.of(), "mixederlang(mean=1,scv=0.3)",
                a -> new MixedErlang(a.num("mean"), a.num("scv")));
        add("hyperexp", List.of("mean", "scv"), List.of(), "hyperexp(mean=1,scv=4)",
                a -> new Hyperexponential(a.num("mean"), a.num("scv")));
        add("lognormal", List.of("mean", "scv"), List.of(), "lognormal(mean=1,scv=4)",
                a -> new Lognormal(a.num("mean"), a.num("scv")));
        add("pareto", List.of("alpha", "mean"), List.of(), "pareto(alpha=2.5,mean=1)",
                a -> new Pareto(a.num("alpha"), a.num("mean")));
        add("lomax", List.of("alpha", "mean"), List.of(), "lomax(alpha=2.5,mean=1)",
                a -> new Lomax(a.num("alpha"), a.num("mean")));
        add("weibull", List.of("shape", "mean"), List.of(), "weibull(shape=0.5,mean=1)",
                a -> new Weibull(a.num("shape"), a.num("mean")));
        add("uniform", List.of("min", "max"), List.of(), "uniform(min=0,max=2)", a -> new Uniform(a.num("min"), a.num("max")));
        add("empirical", List.of(), List.of("file", "column", "scale", "values"),
                "empirical(file=trace.csv,column=latency) or empirical(values=1;2;4)", SpecParser::empirical);
    }

    static List<String> names() {
        return List.copyOf(FAMILIES.keySet());
    }

    static Distribution parse(String spec) {
        if (spec == null || spec.isBlank())
            throw new IllegalArgumentException("the distribution spec is empty: write e.g. exp(rate=1) or lomax(alpha=2.5,mean=1)");
        String text = spec.trim();
        int open = text.indexOf('(');
        String name = (open < 0 ? text : text.substring(0, open)).trim().toLowerCase(Locale.ROOT);
        Family family = FAMILIES.get(name);
        if (family == null) throw error(spec, unknownName(name));
        if (open < 0 || !text.endsWith(")"))
            throw error(spec, "expected " + name + "(param=value,...) with parentheses, e.g. " + family.example);
        Args args = new Args(family, spec);
        for (String part : splitOutsideQuotes(text.substring(open + 1, text.length() - 1))) {
            if (part.isBlank()) {
                if (text.substring(open + 1, text.length() - 1).isBlank()) break;
                throw error(spec, "an empty parameter (two commas in a row, or a trailing comma); e.g. " + family.example);
            }
            int eq = part.indexOf('=');
            if (eq < 0)
                throw error(spec, "'" + part.trim() + "' is not of the form name=value; " + name + " takes " + family.takes()
                        + ", e.g. " + family.example);
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = unquote(part.substring(eq + 1).trim());
            if (!family.required.contains(key) && !family.optional.contains(key))
                throw error(spec, "unknown parameter '" + key + "' for " + name + "; it takes " + family.takes()
                        + ", e.g. " + family.example);
            if (value.isEmpty()) throw error(spec, "parameter '" + key + "' has no value; e.g. " + family.example);
            if (args.values.put(key, value) != null) throw error(spec, "parameter '" + key + "' is given twice");
        }
        for (String key : family.required) {
            if (!args.has(key))
                throw error(spec, "missing parameter '" + key + "': " + name + " takes " + family.takes() + ", e.g. " + family.example);
        }
        try {
            return family.build.apply(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().endsWith(suffix(spec))) throw e;
            throw error(spec, e.getMessage());
        }
    }

    /**
     * The parameters of a valid spec as text, keys lower-case in the order written; the family name is under the
     * key {@code ""}. Fails as {@link #parse} does on a bad spec.
     */
    static Map<String, String> parameters(String spec) {
        parse(spec);
        String text = spec.trim();
        int open = text.indexOf('(');
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", text.substring(0, open).trim().toLowerCase(Locale.ROOT));
        for (String part : splitOutsideQuotes(text.substring(open + 1, text.length() - 1))) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return out;
    }

    private static Distribution empirical(Args a) {
        if (a.has("values")) {
            if (a.has("file") || a.has("column") || a.has("scale"))
                throw new IllegalArgumentException("empirical takes either values=... or file=...,column=...[,scale=...], not both");
            String[] cells = a.text("values").split(";");
            double[] data = new double[cells.length];
            for (int i = 0; i < cells.length; i++) data[i] = a.number("values", cells[i].trim());
            return Empirical.of(data);
        }
        if (!a.has("file") || !a.has("column"))
            throw new IllegalArgumentException("empirical needs file and column (e.g. empirical(file=trace.csv,column=latency))"
                    + " or inline values (e.g. empirical(values=1;2;4))");
        return Empirical.fromCsv(Path.of(a.text("file")), a.text("column"), a.has("scale") ? a.num("scale") : 1);
    }

    /** Checked access to the parameters of one spec. */
    private static final class Args {
        final Family family;
        final String spec;
        final Map<String, String> values = new LinkedHashMap<>();

        Args(Family family, String spec) {
            this.family = family;
            this.spec = spec;
        }

        boolean has(String key) { return values.containsKey(key); }
        String text(String key) { return values.get(key); }
        double num(String key) { return number(key, values.get(key)); }

        double number(String key, String value) {
            if (!NUMBER.matcher(value).matches())
                throw error(spec, key + " = '" + value + "' is not a number; write a decimal such as "
                        + key + "=2.5 (e.g. " + family.example + ")");
            return Double.parseDouble(value);
        }

        int integer(String key) {
            double v = num(key);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)
                throw error(spec, key + " = " + values.get(key) + " is invalid: it must be a whole number; e.g. " + family.example);
            return (int) v;
        }
    }

    private static List<String> splitOutsideQuotes(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
            return value.substring(1, value.length() - 1).replace("\"\"", "\"");
        return value;
    }

    private static String unknownName(String name) {
        String message = "unknown distribution '" + name + "': known are " + String.join(", ", FAMILIES.keySet());
        String nearest = null;
        int best = 3;
        for (String known : FAMILIES.keySet()) {
            int d = editDistance(name, known);
            if (d < best) { best = d; nearest = known; }
        }
        return nearest == null ? message : message + "; did you mean '" + nearest + "'?";
    }

    /** Levenshtein distance, for the "did you mean" hint. */
    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    private static String suffix(String spec) {
        return " (in spec \"" + spec.trim() + "\")";
    }

    private static IllegalArgumentException error(String spec, String message) {
        return new IllegalArgumentException(message + suffix(spec));
    }
}
