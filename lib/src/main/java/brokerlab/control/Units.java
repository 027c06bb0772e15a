package brokerlab.control;

import brokerlab.stats.ConfidenceInterval;

import java.util.Locale;

/** Times as people read them in the readouts: seconds in, milliseconds out, three significant digits. */
final class Units {
    private Units() {}

    static String ms(double seconds) {
        double ms = 1000 * seconds;
        if (ms >= 100) return String.format(Locale.ROOT, "%,.0f ms", ms);
        if (ms >= 10) return String.format(Locale.ROOT, "%.1f ms", ms);
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }

    /** "412 ± 20 ms" */
    static String ms(ConfidenceInterval seconds) {
        String v = ms(seconds.estimate());
        return v.substring(0, v.length() - 3) + " ± " + ms(seconds.halfWidth());
    }

    /** A ratio as in the verdict: "3.2x". */
    static String times(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.1fx", ratio);
    }
}
