package brokerlab.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolCommandTest {
    private static double field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key + " missing in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void raftOnThreeZonesPrintsCommitLatencyWithIntervalsBesideTheOrderStatisticPrediction() {
        Cli cli = Cli.run("protocol", "--protocol", "raft", "--topology", "three-zones", "--rate", "10",
                "--duration", "3000", "--replications", "4", "--seed", "5", "--json");
        assertEquals(0, cli.status(), cli.err());
        String out = cli.out();
        double mean = field(out, "commit_mean_ms"), predicted = field(out, "predicted_commit_ms");
        assertTrue(mean > 0 && predicted > 0, out);
        // low load, no faults: the simulation and the order-statistics theory agree to within a few percent
        assertEquals(predicted, mean, 0.15 * predicted, out);
        assertEquals(0, field(out, "safety_violations"));
        // Raft sends 2(n-1) replica messages per entry: 4 for n = 3
        assertEquals(4, field(out, "predicted_messages_per_entry"), 1e-9);
        assertTrue(out.contains("\"ci95\":{"), out);
    }

    @Test
    void badNamesAndFaultsExitTwoWithOneLineNamingTheOption() {
        Cli protocol = Cli.run("protocol", "--protocol", "zab", "--topology", "three-zones");
        assertEquals(2, protocol.status());
        assertTrue(protocol.err().contains("--protocol = zab"), protocol.err());
        Cli fault = Cli.run("protocol", "--protocol", "raft", "--topology", "three-zones", "--faults", "meteor@5");
        assertEquals(2, fault.status());
        assertTrue(fault.err().contains("--faults = meteor@5"), fault.err());
        Cli loss = Cli.run("protocol", "--protocol", "raft", "--topology", "three-zones", "--loss", "1");
        assertEquals(2, loss.status());
        assertTrue(loss.err().contains("--loss"), loss.err());
        assertEquals(1, loss.err().strip().lines().count());
    }
}
