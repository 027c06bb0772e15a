package brokerlab.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PlanCommandTest {

    /** Erlang C, textbook sum (Kleinrock vol. 1 eq. 3.40). */
    private static double erlangC(int c, double a) {
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term / (1 - a / c);
        return top / (sum + top);
    }

    /**
     * p99 of the M/M/c response time with mu = 1 by bisection on P(T &gt; t) = (1 - C) e^{-t}
     * + C (e^{-theta t} - theta e^{-t}) / (1 - theta), theta = c - lambda (Wq and S independent, FCFS).
     */
    private static double p99(int c, double lambda) {
        double cw = erlangC(c, lambda), theta = c - lambda;
        double lo = 0, hi = 1000;
        for (int i = 0; i < 200; i++) {
            double t = (lo + hi) / 2;
            double tail = (1 - cw) * Math.exp(-t) + cw * (Math.exp(-theta * t) - theta * Math.exp(-t)) / (1 - theta);
            if (tail > 0.01) lo = t; else hi = t;
        }
        return (lo + hi) / 2;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> oneFewer(Cli r) {
        return (Map<String, Object>) r.json().get("one_fewer");
    }

    @Test
    void exactPercentilePlanIsTheFirstServerCountMeetingIt() {
        Cli r = Cli.run("plan", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--target", "p99<=5", "--json");
        int expected = 4;                                    // stability needs c > 3.6
        while (p99(expected, 3.6) > 5) expected++;           // p99: c=4 12.19, c=5 5.25, c=6 4.74 -> 6
        assertEquals(expected, (int) r.number("servers"));
        assertEquals(p99(expected, 3.6), r.number("achieved"), 1e-8);
        assertEquals(expected - 1.0, oneFewer(r).get("servers"));
        assertEquals(p99(expected - 1, 3.6), (Double) oneFewer(r).get("value"), 1e-8);
        assertEquals(Boolean.FALSE, oneFewer(r).get("meets_target"));
        assertTrue(((String) r.json().get("method")).contains("exact"), r.out());
    }

    @Test
    void rejectionPlanMatchesTheBirthDeathChain() {
        Cli r = Cli.run("plan", "--arrival", "exp(rate=5)", "--service", "exp(rate=1)", "--target", "reject<=0.01",
                "--capacity", "12", "--json");
        int c = 0;
        double blocking;
        do {                                                 // M/M/c/12, a = 5: p_n ∝ prod 5 / min(k, c)
            c++;
            double[] p = new double[13];
            double sum = 0;
            for (int n = 0; n <= 12; n++) {
                p[n] = n == 0 ? 1 : p[n - 1] * 5.0 / Math.min(n, c);
                sum += p[n];
            }
            blocking = p[12] / sum;
        } while (blocking > 0.01);
        assertEquals(c, (int) r.number("servers"));
        assertEquals(blocking, r.number("achieved"), 1e-12);
        assertEquals(12.0, r.json().get("capacity"));
    }

    @Test
    void simulatedPlanReportsItsIntervalAndTheMissAtOneFewer() {
        // Exact M/M/c mean responses at lambda = 3.6, mu = 1: c=4 2.97, c=5 1+C(5,3.6)/1.4 = 1.31. With a target of
        // 1.6 both are far (> 10 half-widths at this run length) from the threshold, so the simulated answer is 5.
        double t5 = 1 + erlangC(5, 3.6) / 1.4;
        assertTrue(t5 < 1.4 && 1 + erlangC(4, 3.6) / 0.4 > 2.5);
        Cli r = Cli.run("plan", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--target", "mean<=1.6",
                "--method", "simulate", "--customers", "20000", "--replications", "8", "--seed", "9", "--json");
        assertEquals(5, (int) r.number("servers"));
        @SuppressWarnings("unchecked")
        double half = (Double) ((Map<String, Object>) r.json().get("ci95")).get("achieved");
        assertTrue(Math.abs(r.number("achieved") - t5) <= half, r.out());
        assertTrue(((String) r.json().get("method")).startsWith("simulation"), r.out());
        assertInstanceOf(Double.class, oneFewer(r).get("ci95"));
        assertEquals(Boolean.FALSE, oneFewer(r).get("meets_target"));
        assertTrue(r.err().contains("plan: "), "progress on stderr: " + r.err());
    }

    @Test
    void nonExponentialServiceIsPlannedByANamedApproximation() {
        Cli r = Cli.run("plan", "--arrival", "exp(rate=3.6)", "--service", "det(value=1)", "--target", "mean<=1.2", "--json");
        assertEquals("Cosmetatos (approximation)", r.json().get("method"));
        assertEquals(5.0, r.json().get("servers"));          // M/D/c: c=4 gives ~2.0, c=5 ~1.16 (Cosmetatos)
    }

    @Test
    void aTargetTheServiceTimeAloneMissesFailsAtOnce() {
        // lognormal(mean 1, scv 4): sigma^2 = ln 5, mu = -ln 5 / 2; its p99 = exp(mu + 2.3263 sigma) = 8.555 > 8.
        Cli r = Cli.run("plan", "--arrival", "exp(rate=1)", "--service", "lognormal(mean=1,scv=4)", "--target",
                "p99<=8", "--method", "simulate", "--customers", "1000", "--replications", "2");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--target") && r.err().contains("8.55"), r.err());
    }

    @Test
    void withoutJsonPrintsTheAnswerAndTheEvaluationAtOneFewer() {
        Cli r = Cli.run("plan", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--target", "p99<=5");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("servers\\s+6")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("one_fewer\\s+c = 5 gives 5\\.24713 \\(.*\\), missing the target")), r.out());
    }
}
