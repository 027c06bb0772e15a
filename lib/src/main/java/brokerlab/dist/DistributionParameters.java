package brokerlab.dist;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes one named parameter of a distribution and keeps the rest: how a sweep sets {@code service.scv} or
 * {@code arrival.rate} on a station it was given as text.
 * <pre>{@code
 * Distribution s = Distributions.parse("lomax(alpha=2.5,mean=1)");
 * DistributionParameters.with(s, "alpha", 1.8);   // lomax(alpha=1.8,mean=1)
 * DistributionParameters.with(s, "rate", 4);      // lomax(alpha=2.5,mean=0.25): the shape is kept
 * DistributionParameters.with(Distributions.parse("exp(rate=1)"), "scv", 4);   // hyperexp(mean=1,scv=4)
 * }</pre>
 * The rules, for every family:
 * <ul>
 *   <li>{@code mean} sets the mean and keeps the shape (the SCV): the family's {@code mean}, else {@code rate} =
 *       1/mean, else {@code value} (det), else every scale parameter ({@code min} and {@code max}, {@code scale},
 *       the inline {@code values}) is multiplied by new mean / old mean;</li>
 *   <li>{@code rate} is {@code mean} = 1 / rate;</li>
 *   <li>{@code scv} sets the family's own {@code scv} where it has one (hyperexp, lognormal, mixederlang);
 *       elsewhere the distribution becomes the standard two-moment fit with the same mean,
 *       {@link Distributions#byMeanAndScv} (det at 0, Erlang or mixed Erlang below 1, exp at 1, hyperexp above);</li>
 *   <li>any other name must be a numeric parameter of the family as written ({@code alpha}, {@code k},
 *       {@code shape}, {@code min}, ...) and is set as given.</li>
 * </ul>
 * The result is parsed from its spec text, so it is validated exactly as a hand-written spec would be.
 */
public final class DistributionParameters {
    /** Parameters that hold text, not a number: never swept. */
    private static final Set<String> TEXT = Set.of("file", "column", "values");
    /** The parameters every distribution takes, derived where the family names them otherwise. */
    public static final List<String> DERIVED = List.of("mean", "rate", "scv");

    private DistributionParameters() {}

    /** The parameters {@link #with} accepts for {@code d}: mean, rate, scv, then the family's own numeric ones. */
    public static List<String> names(Distribution d) {
        List<String> out = new ArrayList<>(DERIVED);
        for (String key : SpecParser.parameters(Check.notNull("distribution", d).spec()).keySet()) {
            if (!key.isEmpty() && !TEXT.contains(key) && !out.contains(key)) out.add(key);
        }
        return out;
    }

    /** {@code d} with parameter {@code name} set to {@code value} (see the class comment for the rules). */
    public static Distribution with(Distribution d, String name, double value) {
        Check.notNull("distribution", d);
        Check.notNull("name", name);
        Check.finite(name, value);
        Map<String, String> p = SpecParser.parameters(d.spec());
        switch (name) {
            case "mean" -> {
                return withMean(d, p, Check.positive("mean", value));
            }
            case "rate" -> {
                return withMean(d, p, 1 / Check.positive("rate", value));
            }
            case "scv" -> {
                if (!p.containsKey("scv")) return Distributions.byMeanAndScv(d.mean(), value);
                p.put("scv", Specs.format(value));
                return Distributions.parse(text(p));
            }
            default -> {
                if (!p.containsKey(name) || name.isEmpty() || TEXT.contains(name)) {
                    throw Check.fail("parameter", "'" + name + "'", "it is not a parameter of " + d.spec(),
                            "use one of " + names(d));
                }
                p.put(name, Specs.format(value));
                return Distributions.parse(text(p));
            }
        }
    }

    private static Distribution withMean(Distribution d, Map<String, String> p, double mean) {
        if (p.containsKey("mean")) {
            p.put("mean", Specs.format(mean));
        } else if (p.containsKey("rate")) {
            p.put("rate", Specs.format(1 / mean));
        } else if (p.containsKey("value")) {
            p.put("value", Specs.format(mean));
        } else {
            double factor = mean / d.mean();
            for (String key : List.of("min", "max", "scale")) {
                if (p.containsKey(key)) p.put(key, Specs.format(factor * Double.parseDouble(p.get(key))));
            }
            if (p.get("file") != null && !p.containsKey("scale")) p.put("scale", Specs.format(factor));
            if (p.containsKey("values")) {
                List<String> scaled = new ArrayList<>();
                for (String v : p.get("values").split(";")) scaled.add(Specs.format(factor * Double.parseDouble(v.trim())));
                p.put("values", String.join(";", scaled));
            }
        }
        return Distributions.parse(text(p));
    }

    private static String text(Map<String, String> p) {
        StringBuilder b = new StringBuilder(p.get("")).append('(');
        p.forEach((k, v) -> {
            if (k.isEmpty()) return;
            if (b.charAt(b.length() - 1) != '(') b.append(',');
            b.append(k).append('=').append(v);
        });
        return b.append(')').toString();
    }
}
