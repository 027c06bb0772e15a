package brokerlab.cli;

import brokerlab.analytic.GGcK;
import brokerlab.model.QueueSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class QueueOptionsTest {

    private static QueueSpec spec(String... argv) {
        return QueueOptions.from(Args.parse("analyze", argv, 0, Command.ordered("arrival", "service", "servers", "capacity"),
                Command.ordered("json")));
    }

    @Test
    void typedRatesAreKeptExactly() {
        GGcK q = spec("--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4").queue();
        assertEquals(3.6, q.arrivalRate(), 0);         // not 1 / (1 / 3.6)
        assertEquals(0.9, q.utilization(), 0);
        assertTrue(q.poissonArrivals() && q.exponentialService() && !q.hasCapacity());
    }

    @Test
    void instabilityNamesServersAndTheSmallestStableCount() {
        QueueSpec q = spec("--arrival", "exp(rate=4.5)", "--service", "exp(rate=1)", "--servers", "4");
        var e = assertThrows(IllegalArgumentException.class, q::requireStable);
        // a = 4.5: stability needs c > 4.5, i.e. at least 5 servers.
        assertTrue(e.getMessage().startsWith("--servers = 4 is too few") && e.getMessage().contains("--servers 5 or more"),
                e.getMessage());
        assertDoesNotThrow(spec("--arrival", "exp(rate=4.5)", "--service", "exp(rate=1)", "--servers", "4",
                "--capacity", "8")::requireStable, "a loss system is stable at any load");
    }

    @Test
    void capacityBelowServersIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> spec("--arrival", "exp(rate=1)", "--service",
                "exp(rate=1)", "--servers", "4", "--capacity", "3"));
        assertTrue(e.getMessage().startsWith("--capacity = 3 is invalid"), e.getMessage());
    }

    @Test
    void aBadSpecIsPrefixedWithItsOption() {
        var e = assertThrows(IllegalArgumentException.class, () -> spec("--arrival", "exp(rate=1)", "--service",
                "weibul(shape=2,mean=1)", "--servers", "1"));
        assertTrue(e.getMessage().startsWith("--service 'weibul(shape=2,mean=1)': "), e.getMessage());
    }
}
