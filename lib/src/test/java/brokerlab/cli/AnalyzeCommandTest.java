package brokerlab.cli;

import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AnalyzeCommandTest {

    private static final List<String> FIELDS = List.of("utilization", "wait_probability", "mean_wait", "mean_response",
            "mean_queue_length", "p50_response", "p95_response", "p99_response");

    /** Erlang C from its textbook form (Kleinrock vol. 1 eq. 3.40), written out here, not taken from the library. */
    private static double erlangC(int c, double a) {
        double term = 1, sum = 0;                            // a^k / k!
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term / (1 - a / c);                     // a^c / c! / (1 - rho)
        return top / (sum + top);
    }

    @Test
    void mm4AtRhoPoint9PrintsTheErlangCValuesExactly() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4", "--json");
        Map<String, Object> json = r.json();
        for (String f : FIELDS) assertInstanceOf(Double.class, json.get(f), f + " missing or not a number: " + r.out());
        assertEquals("M/M/c, Erlang C (exact)", json.get("method"));

        // a = 3.6, rho = 0.9; C(4, 3.6) = 0.78775..., Wq = C / (c mu - lambda) = C / 0.4 = 1.9694, Lq = 3.6 Wq.
        double c = erlangC(4, 3.6);
        assertEquals(0.9, r.number("utilization"), 1e-15);
        assertEquals(c, r.number("wait_probability"), 1e-12);
        assertEquals(c / 0.4, r.number("mean_wait"), 1e-12);
        assertEquals(c / 0.4 + 1, r.number("mean_response"), 1e-12);
        assertEquals(3.6 * c / 0.4, r.number("mean_queue_length"), 1e-11);

        // The JSON carries the library's doubles bit for bit (Double.toString round-trips).
        MMc m = new MMc(3.6, 1, 4);
        assertEquals(m.waitProbability(), r.number("wait_probability"), 0);
        assertEquals(m.meanWait(), r.number("mean_wait"), 0);
        assertEquals(m.responsePercentile(0.5), r.number("p50_response"), 0);
        assertEquals(m.responsePercentile(0.95), r.number("p95_response"), 0);
        assertEquals(m.responsePercentile(0.99), r.number("p99_response"), 0);

        // Independent check of p99: P(T > t) = (1 - C) e^{-mu t} + C P(E_theta + E_mu > t), theta = 0.4, mu = 1,
        // and for two exponentials P(E_theta + E_mu > t) = (mu e^{-theta t} - theta e^{-mu t}) / (mu - theta).
        double t = r.number("p99_response");
        double tail = (1 - c) * Math.exp(-t) + c * (Math.exp(-0.4 * t) - 0.4 * Math.exp(-t)) / 0.6;
        assertEquals(0.01, tail, 1e-9);
    }

    @Test
    void capacityGivesTheMmckRejectionProbability() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=5)", "--service", "exp(rate=1)", "--servers", "4",
                "--capacity", "10", "--json");
        // Birth-death chain: p_n ∝ a^n/n! (n <= 4), a^4/4! (a/4)^(n-4) (4 < n <= 10), a = 5; p_10 = 0.2300.
        double[] p = new double[11];
        double sum = 0;
        for (int n = 0; n <= 10; n++) {
            p[n] = n == 0 ? 1 : p[n - 1] * 5.0 / Math.min(n, 4);
            sum += p[n];
        }
        assertEquals(p[10] / sum, r.number("rejection_probability"), 1e-12);
        assertEquals(new MMcK(5, 1, 4, 10).blockingProbability(), r.number("rejection_probability"), 0);
        assertEquals("mmck", r.json().get("method_name"));
        assertNull(r.json().get("p99_response"), "M/M/c/K has no percentile here: null, not a made-up number");
    }

    @Test
    void heavyTailedSingleServerGivesAnInfiniteMeanWaitWithTheReason() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=0.5)", "--service", "lomax(alpha=1.8,mean=1)",
                "--servers", "1", "--json");
        Map<String, Object> json = r.json();
        assertEquals("Infinity", json.get("mean_wait"), r.out());     // the one JSON convention: infinities as "Infinity"
        String note = (String) json.get("mean_wait_note");
        assertTrue(note.startsWith("infinite: E[S^2] = inf (lomax alpha = 1.800 <= 2)"), note);
        assertEquals(0.5, r.number("wait_probability"), 0);   // M/G/1: P(wait) = rho, exact
    }

    @Test
    void md1UsesPollaczekKhinchineByDefault() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=0.7)", "--service", "det(value=1)", "--servers", "1", "--json");
        // P-K: Wq = lambda E[S^2] / (2 (1 - rho)) = 0.7 * 1 / 0.6 = 1.1667.
        assertEquals(0.7 / 0.6, r.number("mean_wait"), 1e-12);
        assertEquals("pk", r.json().get("method_name"));
    }

    @ParameterizedTest(name = "{0} / {1} / c={2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "exp(rate=3)          | exp(rate=1)              | 4 | erlang-c",
            "exp(rate=0.5)        | exp(rate=1)              | 1 | erlang-c",
            "exp(rate=0.5)        | lognormal(mean=1,scv=2)  | 1 | pk",
            "exp(rate=3)          | det(value=1)             | 4 | cosmetatos",
            "exp(rate=3)          | lognormal(mean=1,scv=2)  | 4 | kimura",
            "exp(rate=3)          | lognormal(mean=1,scv=4)  | 4 | allen-cunneen",
            "erlang(k=2,mean=2)   | lognormal(mean=1,scv=2)  | 1 | kingman",
            "erlang(k=2,mean=0.5) | lognormal(mean=1,scv=2)  | 4 | allen-cunneen",
            "exp(rate=3)          | lomax(alpha=1.8,mean=1)  | 4 | heavy-tail",
    })
    void theDefaultMethodFollowsTheStatedRule(String arrival, String service, int servers, String method) {
        Cli r = Cli.run("analyze", "--arrival", arrival, "--service", service, "--servers", "" + servers, "--json");
        assertEquals(method, r.json().get("method_name"), r.out());
    }

    @Test
    void methodOptionChoosesTheApproximation() {
        // Allen–Cunneen with ca^2 = cs^2 = 1 is (1 + 1)/2 * Wq(M/M/c): it equals Erlang C here.
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4",
                "--method", "allen-cunneen", "--json");
        assertEquals(erlangC(4, 3.6) / 0.4, r.number("mean_wait"), 1e-12);
        assertEquals("Allen–Cunneen (approximation)", r.json().get("method"));
        assertNull(r.json().get("wait_probability"));
        assertNull(r.json().get("p99_response"));
    }

    @Test
    void heavyTailWithEnoughSpareServersSaysFiniteButUnknown() {
        // alpha = 1.8, c = 4, a = 2.5: finite iff 1.8 > 1 + 1/(4 - 2) = 1.5 (Scheller-Wolf 2003): finite, no formula.
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=2.5)", "--service", "lomax(alpha=1.8,mean=1)",
                "--servers", "4", "--json");
        String note = (String) r.json().get("mean_wait_note");
        assertTrue(note.startsWith("finite but no analytic value"), note);
        assertNull(r.json().get("mean_wait"));
    }

    @Test
    void withoutJsonPrintsAReadableTable() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4");
        assertEquals(0, r.status());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("mean_wait\\s+1\\.969\\d+")), r.out());
        assertFalse(r.out().contains("{"), r.out());
    }

    @Test
    void aMethodThatDoesNotFitIsRefusedNamingWhatItNeeds() {
        Cli r = Cli.run("analyze", "--arrival", "exp(rate=3)", "--service", "det(value=1)", "--servers", "4",
                "--method", "erlang-c");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--method = erlang-c") && r.err().contains("cosmetatos"), r.err());
    }
}
