package brokerlab.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ModelOptionsTest {
    private static final String TANDEM = "../examples/tandem.json";

    @Test
    void analyzeModelPrintsJacksonsEndToEndResponse() {
        // examples/tandem.json: M/M/2 ingress (lambda 8, mu 5) gives 0.2 + (6.4/9)/2 = 0.55556; the broker with 10%
        // retries gives 1/0.9 visits of 1/(10 - 8/0.9) = 0.9 each, 1.0 in all (derivation in NetworkFileTest).
        Cli r = Cli.run("analyze", "--model", TANDEM, "--json");
        assertEquals(0.2 + 6.4 / 9 / 2 + 1.0, r.number("mean_response"), 1e-12);
        assertTrue(((String) r.json().get("method")).startsWith("Jackson"), r.out());
        assertEquals(0.9, r.number("broker_mean_response"), 1e-12);
    }

    @Test
    void simulateModelReportsEveryMetricWithItsInterval() {
        Cli r = Cli.run("simulate", "--model", TANDEM, "--customers", "20000", "--replications", "5", "--seed", "3", "--json");
        @SuppressWarnings("unchecked")
        Map<String, Object> ci95 = (Map<String, Object>) r.json().get("ci95");
        for (String f : new String[]{"mean_response", "p99_response", "throughput", "ingress_utilization", "broker_mean_wait"}) {
            assertInstanceOf(Double.class, r.json().get(f), f + " in " + r.out());
            assertInstanceOf(Double.class, ci95.get(f), "ci95." + f);
        }
        assertEquals(8.0, r.number("throughput"), 0.2);   // every job leaves: throughput = the arrival rate 8/s
    }

    @Test
    void aYamlModelGivesTheSameAnalysis() {
        assertEquals(Cli.run("analyze", "--model", TANDEM, "--json").out().replace(TANDEM, "F"),
                Cli.run("analyze", "--model", "../examples/tandem.yaml", "--json").out().replace("../examples/tandem.yaml", "F"));
    }

    @Test
    void queueOptionsNextToAModelAreRefused() {
        Cli r = Cli.run("analyze", "--model", TANDEM, "--servers", "4");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--servers = 4 is invalid: --model describes the whole network"), r.err());
        Cli closed = Cli.run("simulate", "--model", "../examples/closed.json");
        assertEquals(2, closed.status());
        assertTrue(closed.err().contains("use analyze --model"), closed.err());
    }

    @Test
    void aSavedModelRunRecordsTheFileAndItsIntervals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Cli r = Cli.run("simulate", "--model", TANDEM, "--customers", "5000", "--replications", "3", "--seed", "2",
                "--save", "tandem", "--runs-dir", dir.toString(), "--json");
        String id = (String) r.json().get("saved_run");
        Map<String, Object> run = JsonReader.object(Cli.run("runs", "--dir", dir.toString(), "--show", id, "--json").out());
        assertEquals(Map.of("model", TANDEM, "customers", 5000.0, "replications", 3.0), run.get("parameters"));
        assertEquals(2.0, run.get("seed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) run.get("results")).get("mean_response");
        assertEquals(r.number("mean_response"), (Double) response.get("estimate"), 0);
    }
}
