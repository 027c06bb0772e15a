package brokerlab.measure.scaling;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * Words for comparing two measured throughputs by their 95% intervals, as the Findings sentences use them: two
 * intervals that overlap are "within each other's intervals", otherwise the one with more nodes is higher or lower.
 */
public final class Verdict {
    private Verdict() {
    }

    /** True when the two intervals share at least one value. */
    public static boolean overlap(ConfidenceInterval a, ConfidenceInterval b) {
        Check.notNull("a", a);
        Check.notNull("b", b);
        return a.upper() >= b.lower() && b.upper() >= a.lower();
    }

    /** How the throughput with more nodes compares with the throughput with fewer, in words. */
    public static String of(ScalingPoint fewer, ScalingPoint more) {
        Check.notNull("fewer", fewer);
        Check.notNull("more", more);
        if (overlap(fewer.throughput(), more.throughput())) return "within each other's intervals";
        return more.throughput().estimate() > fewer.throughput().estimate() ? "higher with more nodes" : "lower with more nodes";
    }

    /** True when {@code more} is higher than {@code fewer} beyond both intervals. */
    public static boolean higher(ScalingPoint fewer, ScalingPoint more) {
        return of(fewer, more).startsWith("higher");
    }

    /** An interval as {@code "1234 [1200, 1268]"}: estimate and bounds rounded to whole units. */
    public static String ci(ConfidenceInterval c) {
        Check.notNull("c", c);
        return String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", c.estimate(), c.lower(), c.upper());
    }
}
