package brokerlab.consistency;

import brokerlab.util.Check;

import java.time.Duration;
import java.util.Locale;

/**
 * How much search the linearizability checker may spend: at most {@code maxStates} search states (distinct
 * pairs of linearised set and register value, each remembered in the memo table, so this also bounds memory at
 * a few dozen bytes a state) and at most {@code maxTime} of wall-clock time. Deciding linearizability is
 * NP-complete in general (Gibbons and Korach 1997), so a budget turns a possible hang into an explicit
 * "unknown within budget" verdict.
 */
public record Budget(long maxStates, Duration maxTime) {
    /** 2,000,000 states (about 100 MB at most) and 60 s. */
    public static final Budget DEFAULT = new Budget(2_000_000, Duration.ofSeconds(60));

    public Budget {
        Check.atLeast("maxStates", maxStates, 1L);
        Check.notNull("maxTime", maxTime);
        if (maxTime.isNegative() || maxTime.isZero())
            throw Check.fail("maxTime", maxTime, "it must be positive", "e.g. Duration.ofSeconds(10)");
    }

    /** At most {@code maxStates} states, and the default time limit. */
    public static Budget states(long maxStates) {
        return new Budget(maxStates, DEFAULT.maxTime());
    }

    public Budget withTime(Duration maxTime) {
        return new Budget(maxStates, maxTime);
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "%d states, %.3g s", maxStates, maxTime.toNanos() / 1e9);
    }
}
