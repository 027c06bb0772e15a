package brokerlab.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Master URLs are checked before Spark starts; none of these tests starts Spark. */
class SparkMastersTest {

    @Test
    void localMastersGetFourAttemptsPerTaskUnlessTheyNameTheirOwn() {
        assertEquals("local[1,4]", SparkMasters.check("local"));
        assertEquals("local[*,4]", SparkMasters.check("local[*]"));
        assertEquals("local[2,4]", SparkMasters.check(" local[2] "));
        assertEquals("local[2,3]", SparkMasters.check("local[2,3]"));
    }

    @Test
    void anUnreachableStandaloneMasterFailsInSecondsWithOneLineNamingTheFix() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();          // free now, and nobody listens once closed
        }
        long start = System.nanoTime();
        String url = "spark://127.0.0.1:" + port;
        var e = assertThrows(IllegalArgumentException.class, () -> SparkMasters.check(url));
        assertTrue((System.nanoTime() - start) / 1e9 < SparkMasters.CONNECT_TIMEOUT_MS / 1000.0 + 1);
        assertTrue(e.getMessage().contains("no Spark master answered at 127.0.0.1:" + port)
                && e.getMessage().contains("start it") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aReachableStandaloneMasterPassesTheProbe() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String url = "spark://127.0.0.1:" + s.getLocalPort();
            assertEquals(url, SparkMasters.check(url));
        }
    }

    @Test
    void somethingElseIsNotAMasterUrl() {
        var e = assertThrows(IllegalArgumentException.class, () -> SparkMasters.check("localhost:7077"));
        assertTrue(e.getMessage().contains("--master") && e.getMessage().contains("spark://HOST:PORT"), e.getMessage());
        var port = assertThrows(IllegalArgumentException.class, () -> SparkMasters.check("spark://node1"));
        assertTrue(port.getMessage().contains("no valid port"), port.getMessage());
    }

    @Test
    void theCommandLineReportsAnUnreachableMasterWithExitTwo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var err = new java.io.ByteArrayOutputStream();
        int status = brokerlab.cli.Main.run(new String[]{"sweep", "--grid", "../examples/sweep-mmc.json", "--master",
                "spark://127.0.0.1:" + port}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
        assertEquals(2, status);
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("brokerlab sweep: --master") && text.contains("no Spark master answered"), text);
    }
}
