package brokerlab.model.network;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * What a client does when its request is slow: it gives up on an attempt whose response has not come within
 * {@code timeout} (or that the station refused at once because it was full) and sends a new attempt, at most
 * {@code maxRetries} times per request. The server is not told: an abandoned attempt stays in the queue and is
 * served for nobody. Because a timeout fires exactly when the response time exceeds it, retries are load-dependent:
 * rare at light load, nearly certain once the queue holds more than {@code timeout} of work, and each retry adds
 * load of its own, so a queue that has grown past the timeout can keep itself there (a metastable failure;
 * Bronson et al., "Metastable failures in distributed systems", HotOS 2021).
 *
 * <p>Two standard brakes. Backoff (exponential with full jitter; Brooker, "Exponential backoff and jitter", AWS
 * Architecture Blog, 2015): retry k waits a uniform time in [0, backoff * backoffFactor^(k-1)] after the
 * failure. A retry budget, as gRPC's retry throttling (gRFC A6) and Finagle's RetryBudget: a token bucket that
 * holds at most {@code budgetCap} tokens, starts full, gains {@code budgetRatio} tokens per new request, and must
 * pay one token per retry; a retry it cannot pay for is not sent and the request fails. A budget caps the retries
 * at about {@code budgetRatio} times the requests, whatever the load.
 *
 * @param timeout       seconds a client waits for one attempt, &gt; 0 ({@code Double.POSITIVE_INFINITY}: never)
 * @param maxRetries    retries per request after the first attempt, &gt;= 0
 * @param backoff       base of the backoff in seconds, &gt;= 0 (0: retry at once)
 * @param backoffFactor growth of the backoff per retry, &gt;= 1
 * @param budgetRatio   tokens gained per new request, &gt;= 0, or {@code Double.POSITIVE_INFINITY} for no budget
 * @param budgetCap     most tokens the bucket holds, &gt;= 1
 */
public record Retries(double timeout, int maxRetries, double backoff, double backoffFactor, double budgetRatio,
                      double budgetCap) {
    /** Tokens a budget holds when {@link #withBudget(double)} does not say: a burst of ten retries. */
    public static final double DEFAULT_BUDGET_CAP = 10;

    public Retries {
        if (!(timeout > 0)) throw Check.fail("timeout", timeout, "it must be > 0 seconds", "use Double.POSITIVE_INFINITY for clients that never give up");
        Check.atLeast("maxRetries", maxRetries, 0);
        Check.nonNegative("backoff", backoff);
        Check.finite("backoff", backoff);
        if (!(backoffFactor >= 1) || Double.isInfinite(backoffFactor)) {
            throw Check.fail("backoffFactor", backoffFactor, "it must be a finite number >= 1", "use 2 to double the backoff per retry");
        }
        if (!(budgetRatio >= 0)) throw Check.fail("budgetRatio", budgetRatio, "it must be >= 0", "use 0.1 for retries of at most 10% of the requests");
        Check.atLeast("budgetCap", budgetCap, 1.0);
    }

    /** Clients that wait {@code timeout} seconds and then give up without retrying. */
    public static Retries none(double timeout) {
        return new Retries(timeout, 0, 0, 1, Double.POSITIVE_INFINITY, DEFAULT_BUDGET_CAP);
    }

    /** Clients that wait {@code timeout} seconds and retry at once, at most {@code maxRetries} times. */
    public static Retries immediate(double timeout, int maxRetries) {
        return new Retries(timeout, maxRetries, 0, 1, Double.POSITIVE_INFINITY, DEFAULT_BUDGET_CAP);
    }

    /** These rules with exponential backoff and full jitter: retry k waits U(0, base * factor^(k-1)) seconds. */
    public Retries withBackoff(double base, double factor) {
        return new Retries(timeout, maxRetries, base, factor, budgetRatio, budgetCap);
    }

    /** These rules with a retry budget of {@code ratio} retries per request and a burst of {@link #DEFAULT_BUDGET_CAP}. */
    public Retries withBudget(double ratio) {
        return withBudget(ratio, DEFAULT_BUDGET_CAP);
    }

    /** These rules with a retry budget: {@code ratio} tokens per new request, at most {@code cap} tokens held. */
    public Retries withBudget(double ratio, double cap) {
        return new Retries(timeout, maxRetries, backoff, backoffFactor, ratio, cap);
    }

    public boolean hasBudget() {
        return !Double.isInfinite(budgetRatio);
    }

    /** The wait before retry {@code k} (1 for the first retry): 0 without backoff, else uniform on [0, base factor^(k-1)]. */
    public double delay(int k, RandomStream rng) {
        Check.atLeast("k", k, 1);
        return backoff == 0 ? 0 : rng.nextDouble() * backoff * Math.pow(backoffFactor, k - 1);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "timeout %.3g s", timeout));
        s.append(maxRetries == 0 ? ", no retries" : String.format(Locale.ROOT, ", up to %d retr%s", maxRetries, maxRetries == 1 ? "y" : "ies"));
        if (maxRetries > 0) {
            s.append(backoff == 0 ? " at once" : String.format(Locale.ROOT, " after U(0, %.3g x %.3g^(k-1)) s", backoff, backoffFactor));
        }
        if (hasBudget()) s.append(String.format(Locale.ROOT, ", budget %.3g per request (at most %.3g tokens)", budgetRatio, budgetCap));
        return s.toString();
    }
}
