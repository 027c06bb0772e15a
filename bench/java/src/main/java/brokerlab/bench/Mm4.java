package brokerlab.bench;

/**
 * The one model every engine in this benchmark simulates: M/M/4 with arrival rate λ = 3.6 and service rate
 * μ = 1 per server, so utilisation ρ = λ/(cμ) = 0.9. Its exact mean wait in queue is the Erlang C formula
 * (Kleinrock, <i>Queueing Systems</i> Vol. 1, 1975, §3.5; Gross &amp; Harris, <i>Fundamentals of Queueing
 * Theory</i>, §2.3): Wq = C(c, a) / (cμ − λ) with offered load a = λ/μ.
 *
 * <p>Computed here rather than taken from {@code brokerlab.analytic} so the yardstick does not depend on the
 * code under test.
 */
public final class Mm4 {
    public static final double ARRIVAL_RATE = 3.6;
    public static final double SERVICE_RATE = 1.0;
    public static final int SERVERS = 4;

    private Mm4() {}

    /**
     * Erlang C probability of waiting, via the Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)), B(0) = 1,
     * and C = c·B / (c − a·(1 − B)) (Tijms, <i>A First Course in Stochastic Models</i>, 2003, §5.2).
     * For c = 4, a = 3.6: C = 69.984 / 88.84 = 0.787753...
     */
    public static double erlangC(int servers, double offeredLoad) {
        double b = 1.0;
        for (int k = 1; k <= servers; k++) b = offeredLoad * b / (k + offeredLoad * b);
        return servers * b / (servers - offeredLoad * (1 - b));
    }

    /** Exact mean wait in queue of this model: C(4, 3.6) / (4 − 3.6) = 1.969383... */
    public static double exactMeanWait() {
        double a = ARRIVAL_RATE / SERVICE_RATE;
        return erlangC(SERVERS, a) / (SERVERS * SERVICE_RATE - ARRIVAL_RATE);
    }
}
