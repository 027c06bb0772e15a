package brokerlab.model;

import brokerlab.analytic.network.NetworkAnalysis;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NetworkFileTest {
    /** The README's examples, read from the repository (tests run in lib/). */
    static final Path EXAMPLES = Path.of("..", "examples");

    /**
     * examples/tandem.json by hand. Ingress: M/M/2, lambda 8, mu 5, a = 1.6, rho 0.8; Erlang C(2, 1.6) =
     * (1.6^2 / 2 / 0.2) / (1 + 1.6 + 6.4) = 6.4 / 9; Wq = C / (2*5 - 8) = 0.35556; T = Wq + 0.2 = 0.55556.
     * Broker: lambda 8 / 0.9 = 8.8889 (10% retried), M/M/1 per visit 1 / (10 - 8.8889) = 0.9, 1/0.9 visits: 1.0.
     */
    static final double INGRESS_RESPONSE = 6.4 / 9 / 2 + 0.2;
    static final double TANDEM_RESPONSE = INGRESS_RESPONSE + 1.0;

    private static NetworkFile parse(String json) {
        return NetworkFile.parse(json, false, "test.json");
    }

    @Test
    void theTandemExampleIsJacksonExactInJsonAndYamlAlike() {
        NetworkAnalysis json = NetworkFile.read(EXAMPLES.resolve("tandem.json")).analyze();
        NetworkAnalysis yaml = NetworkFile.read(EXAMPLES.resolve("tandem.yaml")).analyze();
        assertEquals(NetworkAnalysis.JACKSON, json.method());
        assertEquals(TANDEM_RESPONSE, json.get("mean_response"), 1e-12);
        assertEquals(INGRESS_RESPONSE, json.get("ingress_mean_response"), 1e-12);
        assertEquals(0.9, json.get("broker_mean_response"), 1e-12);
        assertEquals(json.values(), yaml.values());
    }

    @Test
    void theSimulatedTandemCoversJacksonsValue() {
        var e = Experiment.of(NetworkFile.read(EXAMPLES.resolve("tandem.json")).toModel())
                .customers(100_000).replications(10).seed(42).run();
        var ci = e.get(Metric.MEAN_RESPONSE);
        assertTrue(ci.contains(TANDEM_RESPONSE), () -> TANDEM_RESPONSE + " outside " + ci);
        assertEquals(0.8, e.point(Metric.of("ingress_utilization", "", Metric.Kind.TIME_AVERAGE)), 0.01);
    }

    @Test
    void theClosedExampleObeysTheResponseTimeLaw() {
        NetworkFile f = NetworkFile.read(EXAMPLES.resolve("closed.json"));
        assertTrue(f.isClosed());
        NetworkAnalysis a = f.analyze();
        assertEquals(NetworkAnalysis.MVA_EXACT, a.method());
        // N = X (Z + R) exactly (Lazowska et al. 1984 §3.3); R at least the total demand 0.2 + 0.1.
        assertEquals(20, a.get("throughput") * (5 + a.get("mean_response")), 1e-9);
        assertTrue(a.get("mean_response") >= 0.3, a.values().toString());
        var e = assertThrows(IllegalArgumentException.class, f::toModel);
        assertTrue(e.getMessage().contains("closed population is analysed by MVA"), e.getMessage());
    }

    @Test
    void mistakesAreNamedWithTheFix(@TempDir Path dir) throws Exception {
        String station = "{\"name\": \"a\", \"servers\": 1, \"service\": \"exp(rate=2)\"}";
        String source = "\"sources\": [{\"station\": \"a\", \"interarrival\": \"exp(rate=1)\"}]";
        assertMessage("station key = 'server'", () -> parse("{\"stations\": [{\"name\": \"a\", \"server\": 1, "
                + "\"service\": \"exp(rate=2)\"}], " + source + "}"));
        assertMessage("station name = 'Broker'", () -> parse("{\"stations\": [{\"name\": \"Broker\", \"servers\": 1, "
                + "\"service\": \"exp(rate=2)\"}], " + source + "}"));
        assertMessage("routing to = 'b'", () -> parse("{\"stations\": [" + station + "], " + source
                + ", \"routing\": {\"a\": {\"b\": 0.5}}}"));
        assertMessage("routing from 'a' = 1.2", () -> parse("{\"stations\": [" + station + ", "
                + station.replace("\"a\"", "\"b\"") + "], " + source + ", \"routing\": {\"a\": {\"a\": 0.6, \"b\": 0.6}}}"));
        assertMessage("it has neither sources nor clients", () -> parse("{\"stations\": [" + station + "]}"));
        assertMessage("service 'exp(rat=2)'", () -> parse("{\"stations\": [" + station.replace("rate", "rat") + "], "
                + source + "}"));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"stations\": [" + station + ",]}");
        assertMessage("--model = " + bad + " is invalid: it is not a JSON object", () -> NetworkFile.read(bad));
        assertMessage("--model = ", () -> NetworkFile.read(dir.resolve("missing.json")));
        NetworkFile capped = parse("{\"stations\": [" + station.replace("}", ", \"capacity\": 3}") + "], " + source + "}");
        assertMessage("capacity of 'a' = 3", capped::analyze);
        assertTrue(Experiment.of(capped.toModel()).customers(2000).replications(2).seed(1).run()
                .has(Metric.REJECTION_PROBABILITY), "a capped station is simulated");
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable call) {
        var e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(start) || e.getMessage().contains(start), () -> start + " not in: " + e.getMessage());
    }
}
