package brokerlab.cli;

import brokerlab.analytic.MMcK;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SimulateCommandTest {

    private static final List<String> FIELDS = List.of("utilization", "wait_probability", "mean_wait", "mean_response",
            "mean_queue_length", "p50_response", "p95_response", "p99_response");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ci95(Cli r) {
        return (Map<String, Object>) r.json().get("ci95");
    }

    private static void assertCovers(Cli r, String field, double exact) {
        double estimate = r.number(field);
        double half = (Double) ci95(r).get(field);
        assertTrue(Math.abs(estimate - exact) <= half,
                () -> field + ": exact " + exact + " outside " + estimate + " ± " + half);
    }

    @Test
    void meanWaitOfMm4AtRhoPoint9CoversErlangC() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4",
                "--customers", "100000", "--replications", "20", "--seed", "42", "--json");
        // C(4, 3.6) = 0.787753 (Erlang C), Wq = C / (4 - 3.6) = 1.969383.
        assertCovers(r, "mean_wait", 0.7877532642953626 / 0.4);
        Map<String, Object> json = r.json();
        for (String f : FIELDS) {
            assertInstanceOf(Double.class, json.get(f), f);
            assertInstanceOf(Double.class, ci95(r).get(f), "ci95." + f);
        }
        assertEquals(20.0, json.get("replications"));
        assertEquals(100000.0, json.get("customers"));
        assertEquals(42.0, json.get("seed"));
        assertEquals("RECURSION", json.get("engine"));
        assertFalse(json.containsKey("rejection_probability"), "no capacity, no rejection field");
    }

    @Test
    void capacityGivesARejectionProbabilityCoveringMmck() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=2)", "--service", "exp(rate=1.25)", "--servers", "2",
                "--capacity", "5", "--customers", "20000", "--replications", "10", "--seed", "7", "--json");
        // M/M/2/5, a = 1.6: p_n ∝ 1, 1.6, 1.28, 1.024, 0.8192, 0.65536 -> p_5 = 0.65536 / 6.37856 = 0.10274.
        double exact = 0.65536 / (1 + 1.6 + 1.28 + 1.024 + 0.8192 + 0.65536);
        assertEquals(new MMcK(2, 1.25, 2, 5).blockingProbability(), exact, 1e-12);
        assertCovers(r, "rejection_probability", exact);
        assertEquals("EVENTS", r.json().get("engine"));
    }

    @Test
    void randomSplitOverTwoEqualServersIsTwoMm1Queues() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=1.2)", "--service", "exp(rate=1)", "--speeds", "1,1",
                "--routing", "random", "--customers", "20000", "--replications", "10", "--seed", "3", "--json");
        // Bernoulli split of Poisson(1.2): each server is M/M/1 with lambda 0.6, mu 1: E[T] = 1 / (1 - 0.6) = 2.5.
        assertCovers(r, "mean_response", 2.5);
        assertEquals(2.0, r.json().get("servers"));
        assertTrue(((String) r.json().get("routing")).startsWith("RandomSplit"), r.out());
    }

    @Test
    void processorSharingIsInsensitiveToTheServiceDistribution() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=0.5)", "--service", "lognormal(mean=1,scv=4)", "--servers",
                "1", "--discipline", "ps", "--customers", "20000", "--replications", "10", "--seed", "5", "--json");
        // M/G/1-PS: E[T] = E[S] / (1 - rho) = 1 / 0.5 = 2 for any service distribution (Harchol-Balter ch. 22).
        assertCovers(r, "mean_response", 2.0);
        assertEquals("PS", r.json().get("discipline"));
    }

    @Test
    void sameSeedPrintsTheSameBytes() {
        String[] args = {"simulate", "--arrival", "exp(rate=3)", "--service", "det(value=1)", "--servers", "4",
                "--customers", "5000", "--replications", "4", "--seed", "11", "--json"};
        assertEquals(Cli.run(args).out(), Cli.run(args).out());
    }

    @Test
    void progressGoesToStderrAndStdoutIsOneJsonObject() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=3)", "--service", "exp(rate=1)", "--servers", "4",
                "--customers", "5000", "--replications", "3", "--json");
        assertEquals(1, r.out().lines().count(), r.out());
        r.json();                                              // parses strictly, or throws
        assertTrue(r.err().contains("simulate: 3/3"), r.err());
        assertFalse(r.out().contains("simulate:"), r.out());
    }

    @Test
    void heavyTailedServiceCarriesAWarningNextToTheMeanWait() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=0.5)", "--service", "lomax(alpha=1.8,mean=1)", "--servers",
                "2", "--customers", "5000", "--replications", "3", "--json");
        assertTrue(((String) r.json().get("mean_wait_note")).contains("variance is infinite"), r.out());
        assertInstanceOf(Double.class, r.json().get("mean_wait"), "the simulated value is still reported");
    }

    @Test
    void withoutJsonPrintsValuesWithTheirHalfWidths() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=3)", "--service", "exp(rate=1)", "--servers", "4",
                "--customers", "5000", "--replications", "3");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("mean_wait\\s+\\S+ ± \\S+")), r.out());
    }
}
