package brokerlab.cli;

import brokerlab.analytic.Estimate;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Json;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command's result, printed either as one JSON object ({@code --json}, written by {@link Json}) or as a short
 * two-column table. Metrics follow the library's one JSON convention: a number, {@code null} ("this method has no
 * value") or the string {@code "Infinity"} (an infinite quantity, e.g. a mean wait when E[S^2] is infinite); an
 * infinite or unknown metric has a sibling {@code NAME_note} saying why, so a script reading a metric sees a
 * number, null or "Infinity", and the reason in words. Simulated metrics carry a 95% confidence half-width, collected in a
 * {@code ci95} object in JSON and shown as "± h" in the table; an interval that is not a symmetric t interval
 * (the median rule of {@code Estimates} for heavy tails) also gives {@code NAME_interval}: [lower, upper].
 */
final class Report {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Object> ci95 = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    /** A descriptive field (text, count, seed): in JSON as is, in the table as a row. */
    Report field(String key, Object value) {
        json.put(key, value);
        rows.add(new String[]{key, value == null ? "-" : value instanceof Double d ? number(d) : value.toString(), ""});
        return this;
    }

    /** A field shown differently: {@code jsonValue} in JSON (e.g. a nested object), {@code text} in the table. */
    Report field(String key, Object jsonValue, String text) {
        json.put(key, jsonValue);
        rows.add(new String[]{key, text, ""});
        return this;
    }

    /** A metric the method does not provide: null, and "-" in the table. */
    Report none(String key) {
        return metric(key, null, null, null);
    }

    Report metric(String key, double value) {
        return metric(key, value, null, null);
    }

    /**
     * A metric from an {@link Estimate}: its value, or "Infinity" plus a note when infinite; a null estimate (finite
     * but unknown) gives null with {@code unknownNote}.
     */
    Report metric(String key, Estimate estimate, String unknownNote) {
        if (estimate == null) return metric(key, null, null, unknownNote);
        if (estimate.isFinite()) return metric(key, estimate.value(), null, null);
        return metric(key, Double.POSITIVE_INFINITY, null, "infinite: " + ((Estimate.Infinite) estimate).reason());
    }

    /** A metric with an optional 95% half-width and an optional note (null for none); NaN is "no value". */
    Report metric(String key, Double value, Double halfWidth, String note) {
        Double v = value == null || Double.isNaN(value) ? null : value;
        json.put(key, v);
        if (note != null) json.put(key + "_note", note);
        if (halfWidth != null) ci95.put(key, halfWidth);
        String shown = v == null ? "-" : number(v) + (halfWidth == null ? "" : " ± " + number(halfWidth));
        rows.add(new String[]{key, shown, note == null ? "" : "(" + note + ")"});
        return this;
    }

    /** A simulated metric: its point estimate with the interval's half-width, the interval itself when asymmetric. */
    Report metric(String key, ConfidenceInterval ci, String note) {
        Double half = ci.hasInterval() ? ci.halfWidth() : null;
        if (ci.hasInterval() && !ci.isSymmetric()) {
            json.put(key + "_interval", List.of(ci.lower(), ci.upper()));
            String range = "[" + number(ci.lower()) + ", " + number(ci.upper()) + "] (" + ci.method() + ")";
            note = note == null ? range : range + "; " + note;
        }
        return metric(key, ci.estimate(), half, note);
    }

    /** A note that belongs to no single metric, e.g. the percentile method. */
    Report note(String key, String text) {
        json.put(key, text);
        rows.add(new String[]{key, text, ""});
        return this;
    }

    Map<String, Object> json() {
        if (!ci95.isEmpty()) json.put("ci95", ci95);
        return json;
    }

    void print(PrintStream out, boolean asJson) {
        if (asJson) {
            out.println(Json.compact(json()));
            return;
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : rows) {
            String line = String.format(Locale.ROOT, "%-" + width + "s  %s%s", r[0], r[1], r[2].isEmpty() ? "" : "  " + r[2]);
            out.println(line.stripTrailing());
        }
    }

    /** A number for the table: six significant digits, no trailing zeros; infinities as Infinity. */
    static String number(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return sixDigits(d);
    }

    /**
     * %.6g with the mantissa's trailing zeros dropped (0.125000 to 0.125, 1.50000e-05 to 1.5e-05, 9.09000e+12 to
     * 9.09e+12); the exponent keeps its digits (1.00393e-300 stays so).
     */
    static String sixDigits(double d) {
        String text = String.format(Locale.ROOT, "%.6g", d);
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.contains(".")) mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return e < 0 ? mantissa : mantissa + text.substring(e);
    }
}
