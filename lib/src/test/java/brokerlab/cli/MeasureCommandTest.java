package brokerlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import brokerlab.measure.ShutdownGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasureCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @AfterEach
    void everyBrokerTheCommandStartedIsStopped() {
        assertEquals(java.util.List.of(), ShutdownGuard.open());
    }

    @Test
    void measuresValkeyAndPrintsMeasuredBesideTheModelsAsJson() {
        int status = run("measure", "--broker", "valkey", "--arrival", "exp(mean=4)", "--service", "exp(mean=4)", "--workers", "2",
                "--messages", "300", "--seed", "3", "--json");
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err());
        assertTrue(json.startsWith("{\"command\":\"measure\"") && json.contains("\"compared\":{\"mean_response\":{\"measured\":")
                && json.contains("\"mean_method\":\"M/M/c, Erlang C (exact)\""), json);
    }

    @Test
    void measuresTheEmbeddedActiveMqBrokerAsATable() {
        int status = run("measure", "--broker", "activemq", "--arrival", "exp(mean=5)", "--service", "det(value=2)", "--workers", "1",
                "--messages", "200");
        assertEquals(0, status, err());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("ActiveMQ Classic") && text.contains("p99_response") && text.contains("timer overshoot"), text);
    }

    @Test
    void anOverloadedOpenLoopIsBadInputOnOneLine() {
        assertEquals(2, run("measure", "--broker", "valkey", "--arrival", "exp(mean=1)", "--service", "exp(mean=2)", "--workers", "1"));
        assertTrue(err().startsWith("brokerlab measure: --workers = 1 is invalid: utilisation") && err().strip().lines().count() == 1, err());
    }

    @Test
    void anUnknownBrokerAnUnreachableUrlAndAPortInUseAreBadInput() throws Exception {
        assertEquals(2, run("measure", "--broker", "kafka", "--arrival", "exp(mean=4)", "--service", "exp(mean=1)", "--workers", "1"));
        assertTrue(err().contains("it must be valkey or activemq"), err());
        assertEquals(2, run("measure", "--broker", "valkey", "--url", "redis://127.0.0.1:1", "--arrival", "exp(mean=4)",
                "--service", "exp(mean=1)", "--workers", "1"));
        assertTrue(err().contains("no Valkey/Redis server answers there"), err());
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(2, run("measure", "--broker", "activemq", "--port", String.valueOf(taken.getLocalPort()),
                    "--arrival", "exp(mean=4)", "--service", "exp(mean=1)", "--workers", "1"));
            assertTrue(err().contains("already listens"), err());
        }
    }
}
