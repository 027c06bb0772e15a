package brokerlab.model.dispatch;

import brokerlab.util.Check;

/**
 * Request hedging ("hedged requests", Dean &amp; Barroso, "The tail at scale", CACM 56(2), 2013): send a request to
 * one server; if it has not completed after {@code delay}, send a duplicate to a different server (uniform over the
 * other c - 1) and keep whichever answer comes first. With {@code cancel} the losing copy is withdrawn the moment
 * the first answer arrives (removed from its queue, or its service aborted), as in Dean &amp; Barroso's "tied
 * requests"; without it the loser runs to completion and its work is pure waste. Delay 0 duplicates every request
 * (twice the work without cancellation); an infinite delay never hedges, i.e. plain routing.
 *
 * @param delay  hedge delay d >= 0, {@code Double.POSITIVE_INFINITY} for no hedging
 * @param cancel whether the slower copy is cancelled when the first one completes
 */
public record Hedging(double delay, boolean cancel) implements FarmPolicy {
    public Hedging {
        if (!(delay >= 0)) {
            throw Check.fail("delay", delay, "it must be >= 0 (Double.POSITIVE_INFINITY for no hedging)", "e.g. the service p95");
        }
    }

    /** Never hedge: plain routing. */
    public static Hedging none() {
        return new Hedging(Double.POSITIVE_INFINITY, true);
    }

    /** Hedge after {@code delay}, cancelling the slower copy. */
    public static Hedging after(double delay) {
        return new Hedging(delay, true);
    }

    /** Hedge after {@code delay} and let both copies run to completion. */
    public static Hedging afterWithoutCancel(double delay) {
        return new Hedging(delay, false);
    }

    public boolean hedges() {
        return delay != Double.POSITIVE_INFINITY;
    }
}
