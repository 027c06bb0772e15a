package brokerlab.display;

import brokerlab.analytic.Estimate;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.MedianInterval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How BrokerLab shows a value to a reader: a simulated interval as {@code 12.346 ± 0.079} (the estimate rounded
 * to the half-width's second significant digit, so no digit is printed that the simulation cannot vouch for), a
 * lopsided one (a median or bootstrap interval) and a distribution-free median interval as
 * {@code 12.3 [11.9, 12.8]}, an {@link Estimate} by its value, infinities as {@code ∞}, and plain doubles with
 * six significant digits instead of {@code 0.30000000000000004}.
 * The same rules serve the notebook tables ({@link Rows}, Tablesaw tables) and prose:
 * <pre>{@code
 * Values.text(ConfidenceInterval.ci95(new double[]{12.1, 12.5, 12.3}))   // "12.30 ± 0.50"
 * Values.text(Quantity.of(Double.POSITIVE_INFINITY, "ms"))               // "∞ ms"
 * }</pre>
 * The HTML form carries what the short text leaves out (confidence level, sample count, method, the reason a
 * value is infinite) as a tooltip.
 */
public final class Values {
    /** Plain notation between these magnitudes, scientific outside: 0.000123 and 123456789 read better plain. */
    private static final double PLAIN_MIN = 1e-4, PLAIN_MAX = 1e9;
    private static final int SIGNIFICANT = 6;

    private Values() {}

    /** The reader's text for a value of any type (null shows as an empty string). */
    public static String text(Object value) {
        if (value == null) return "";
        if (value instanceof Quantity q) return unitSuffix(text(q.value()), q.unit());
        if (value instanceof ConfidenceInterval ci) {
            return symmetric(ci) ? interval(ci.estimate(), ci.halfWidth()) : bracketed(ci.estimate(), ci.lower(), ci.upper());
        }
        if (value instanceof MedianInterval m) return median(m);
        if (value instanceof Estimate e) return e.isFinite() ? number(e.value()) : "∞";
        if (value instanceof Evaluation ev) return ev.confidenceInterval().map(Values::text).orElse(text(ev.estimate()));
        if (value instanceof Double || value instanceof Float) return number(((Number) value).doubleValue());
        if (value instanceof Boolean b) return b ? "yes" : "no";
        return String.valueOf(value);
    }

    /** The same value as an HTML fragment (escaped), with its details as a tooltip where it has any. */
    public static String html(Object value) {
        String tip = details(value);
        String body = Html.escape(text(value));
        return tip.isEmpty() ? body : "<span title=\"" + Html.escape(tip) + "\">" + body + "</span>";
    }

    /** What the short text leaves out: level and sample count of an interval, an estimate's method. */
    static String details(Object value) {
        if (value instanceof Quantity q) return details(q.value());
        if (value instanceof ConfidenceInterval ci) {
            return String.format(Locale.ROOT, "%s%% confidence interval (%s), n = %d",
                    number(100 * ci.level()), ConfidenceInterval.T.equals(ci.method()) ? "Student t" : ci.method(), ci.samples());
        }
        if (value instanceof MedianInterval m) {
            return String.format(Locale.ROOT, "median with a distribution-free %.1f%% interval, n = %d",
                    100 * m.coverage(), m.samples());
        }
        if (value instanceof Evaluation ev) return ev.method() + ev.confidenceInterval().map(ci -> "; " + details(ci)).orElse("");
        if (value instanceof Estimate.Infinite inf) return inf.method() + ": " + inf.reason();
        if (value instanceof Estimate e) return e.method();
        return "";
    }

    /** True for values that read as numbers (right-aligned in a table column). */
    static boolean numeric(Object value) {
        return value instanceof Number || value instanceof ConfidenceInterval || value instanceof MedianInterval
                || value instanceof Estimate || value instanceof Evaluation || value instanceof Quantity q && numeric(q.value());
    }

    /** A double with six significant digits (all integer digits kept): {@code ∞}, {@code -∞}, {@code —} for NaN. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "—";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        if (x == 0) return "0";
        double magnitude = Math.abs(x);
        if (magnitude < PLAIN_MIN || magnitude >= PLAIN_MAX) {
            String s = String.format(Locale.ROOT, "%." + (SIGNIFICANT - 1) + "e", x);
            int e = s.indexOf('e');
            return trimZeros(s.substring(0, e)) + "e" + Integer.parseInt(s.substring(e + 1));
        }
        // Never round away integer digits: 12345678 stays 12345678, not 12345700.
        BigDecimal rounded = magnitude >= Math.pow(10, SIGNIFICANT)
                ? new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN)
                : new BigDecimal(x).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN));
        return trimZeros(rounded.toPlainString());
    }

    /**
     * {@code estimate ± halfWidth}, the half-width to two significant digits and the estimate to the same decimal
     * place (ISO GUM §7.2.6: a stated uncertainty needs at most two significant digits).
     */
    public static String interval(double estimate, double halfWidth) {
        if (!Double.isFinite(estimate) || !Double.isFinite(halfWidth)) {
            return number(estimate) + (Double.isNaN(halfWidth) ? "" : " ± " + number(halfWidth));
        }
        if (halfWidth == 0) return number(estimate) + " ± 0";
        int decimals = 1 - (int) Math.floor(Math.log10(Math.abs(halfWidth)));
        if (decimals > 12 || Math.abs(estimate) >= PLAIN_MAX) return number(estimate) + " ± " + number(halfWidth);
        return atDecimals(estimate, decimals) + " ± " + atDecimals(Math.abs(halfWidth), decimals);
    }

    private static String median(MedianInterval m) {
        return bracketed(m.median(), m.lower(), m.upper());
    }

    /**
     * True when the interval is {@code estimate ± halfWidth} (a t interval, or a pooled percentile with a sectioning
     * half-width); a median or bootstrap interval is usually lopsided and is shown with its two ends instead.
     */
    private static boolean symmetric(ConfidenceInterval ci) {
        if (!ci.hasInterval()) return true;
        double h = ci.halfWidth();
        return Math.abs((ci.estimate() - ci.lower()) - (ci.upper() - ci.estimate())) <= 1e-9 * Math.max(h, Math.abs(ci.estimate()));
    }

    /** {@code estimate [lower, upper]}, all three rounded where the half-width's second significant digit falls. */
    private static String bracketed(double estimate, double lower, double upper) {
        double half = (upper - lower) / 2;
        if (!(half > 0) || !Double.isFinite(half)) {
            return number(estimate) + " [" + number(lower) + ", " + number(upper) + "]";
        }
        int decimals = 1 - (int) Math.floor(Math.log10(half));
        if (decimals > 12 || Math.abs(estimate) >= PLAIN_MAX) return number(estimate) + " [" + number(lower) + ", " + number(upper) + "]";
        return atDecimals(estimate, decimals) + " [" + atDecimals(lower, decimals) + ", " + atDecimals(upper, decimals) + "]";
    }

    /** Rounded to a decimal place; negative places round to tens, hundreds, ... */
    private static String atDecimals(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String unitSuffix(String value, String unit) {
        return unit.isEmpty() ? value : value + " " + unit;
    }

    private static String trimZeros(String s) {
        String out = s;
        if (out.contains(".")) {
            out = out.replaceAll("0+$", "");
            if (out.endsWith(".")) out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
