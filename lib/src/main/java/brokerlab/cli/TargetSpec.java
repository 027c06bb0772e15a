package brokerlab.cli;

import brokerlab.analytic.capacity.Target;
import brokerlab.util.Check;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --target} text into a capacity-planning {@link Target}: {@code p99<=0.5} (response percentile;
 * {@code p50}, {@code p95}, {@code p999} or {@code p99.9} likewise), {@code mean<=0.2} (mean response),
 * {@code pwait<=0.1} (probability of waiting), {@code reject<=0.01} (rejection probability, needs a capacity).
 */
final class TargetSpec {
    private TargetSpec() {}

    private static final Pattern FORM = Pattern.compile("\\s*([a-zA-Z]+)([0-9.]*)\\s*<=\\s*(\\S+)\\s*");
    private static final String FIX = "write one of p99<=0.5, mean<=0.2, pwait<=0.1, reject<=0.01 (quote it in the shell)";

    /** capacity 0 = none; a rejection target needs one. */
    static Target parse(String text, int capacity) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) throw Check.fail("--target", text, "it is not of the form METRIC<=VALUE", FIX);
        String metric = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String digits = m.group(2);
        double value = Args.parseDouble("target", m.group(3));
        return QueueOptions.named("target", text, () -> switch (metric) {
            case "p" -> new Target.ResponsePercentileAtMost(quantile(text, digits), value);
            case "mean" -> plain(text, digits, new Target.MeanResponseAtMost(value));
            case "pwait" -> plain(text, digits, new Target.WaitProbabilityAtMost(value));
            case "reject" -> {
                if (capacity <= 0) {
                    throw Check.fail("--capacity", "none", "a reject<= target needs the capacity K whose overflow is "
                            + "rejected", "add e.g. --capacity 20");
                }
                yield plain(text, digits, new Target.RejectionProbabilityAtMost(value, capacity));
            }
            default -> throw Check.fail("metric", metric, "it must be pNN, mean, pwait or reject", FIX);
        });
    }

    /**
     * Percent with one or two digits or a decimal point (p1 = 0.01, p50 = 0.5, p99.9 = 0.999); three or more digits
     * only in the 99... shorthand (p999 = 0.999, p9999 = 0.9999). Decimal arithmetic, so p99.9 is exactly 0.999.
     */
    private static double quantile(String text, String digits) {
        if (digits.isEmpty()) throw Check.fail("percentile", text, "p needs digits, e.g. p99", FIX);
        try {
            BigDecimal q;
            if (digits.contains(".") || digits.length() <= 2) q = new BigDecimal(digits).movePointLeft(2);
            else if (digits.startsWith("99")) q = new BigDecimal("0." + digits);
            else throw Check.fail("percentile", "p" + digits, "it must be a percent below 100, e.g. p99, p99.9 or p999", FIX);
            return Check.openUnit("percentile", q.doubleValue());
        } catch (NumberFormatException e) {
            throw Check.fail("percentile", digits, "it must be digits like 99 or 99.9", FIX);
        }
    }

    private static Target plain(String text, String digits, Target t) {
        if (!digits.isEmpty()) throw Check.fail("metric", text, "only percentiles carry digits", FIX);
        return t;
    }
}
