package brokerlab.protocol.raft;

import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.consistency.HistoryEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speed work on Raft's message path (the network's delivery events, the simulator's event list) must not change a
 * single number. Each setting below runs two replications with a fixed seed and reduces everything the run reports
 * to one SHA-256 fingerprint: every measurement as the hex of its IEEE-754 bits, every safety violation, the
 * messages by kind (sorted: the run returns an unordered map) and, where recorded, every event of the client's
 * history (times as exact doubles).
 *
 * <p>Reference: the golden fingerprints were recorded from main at fd718e2, BEFORE the hot-path change (message
 * deliveries as a plain event object instead of a closure per send), by running this test against that
 * code. They are not derived from the model: they pin its exact output, so any change to event order, random
 * number consumption or arithmetic shows up as a different fingerprint. A deliberate change to the model's
 * behaviour must record new ones and say why in its commit.
 *
 * <p>The settings cover each read mode, loss with duplication, FIFO reordering off, a leader crash, a crash that
 * loses the disk with a partition, three and five nodes, and one and three availability zones.
 */
class RaftHotPathIdentityTest {
    private static final long SEED = 20;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "five nodes in three zones: writes (the bench setting)        | 8f0354dd5f6c01e5",
            "three nodes: read-index reads with a recorded history        | b7362c6fa3afa50f",
            "five nodes in one datacentre: lease reads, loss, duplicates  | f8ed629ac90fe79c",
            "five nodes: follower reads, the leader crashes               | 739165f303b1d61b",
            "three nodes: log reads, reordering, disk lost, partition     | c8db62994e385caa",
    })
    void sameSeedGivesTheRecordedNumbersBitForBit(String setting, String golden) {
        ProtocolSettings s = settings(setting);
        StringBuilder text = new StringBuilder();
        for (int rep = 0; rep < 2; rep++) describe(new Raft(s).run(RunLength.time(0, 1500), SEED, rep), text);
        assertEquals(golden, fingerprint(text), () -> setting + ": the run changed; what it reported:\n" + text);
    }

    private static ProtocolSettings settings(String setting) {
        Topology zones = Topology.THREE_ZONES;
        if (setting.startsWith("five nodes in three zones"))
            return ProtocolSettings.of(zones, 5, Raft.defaultTimeouts(zones)).clientRate(500);
        if (setting.startsWith("three nodes: read-index"))
            return ProtocolSettings.of(zones, 3, Raft.defaultTimeouts(zones)).clientRate(300)
                    .workload(ClientWorkload.WRITES.keys(8).reads(0.5, ReadMode.READ_INDEX).recordHistory(true));
        if (setting.startsWith("five nodes in one datacentre")) {
            Topology dc = Topology.ONE_DATACENTRE;
            return ProtocolSettings.of(dc, 5, Raft.defaultTimeouts(dc)).clientRate(400)
                    .faults(FaultPlan.none().loss(0.02).duplicate(0.01))
                    .workload(ClientWorkload.WRITES.keys(4).reads(0.3, ReadMode.LEASE).recordHistory(true));
        }
        if (setting.startsWith("five nodes: follower"))
            return ProtocolSettings.of(zones, 5, Raft.defaultTimeouts(zones)).clientRate(300)
                    .faults(FaultPlan.none().crashLeader(600, 400))
                    .workload(ClientWorkload.WRITES.keys(4).reads(0.3, ReadMode.FOLLOWER).recordHistory(true));
        if (setting.startsWith("three nodes: log reads"))
            return ProtocolSettings.of(zones, 3, Raft.defaultTimeouts(zones)).clientRate(200)
                    .faults(FaultPlan.none().reordering().crashLosingDisk(1, 500, 300).partition(900, 1100, 2))
                    .workload(ClientWorkload.WRITES.keys(4).reads(0.4, ReadMode.LOG).recordHistory(true));
        throw new IllegalArgumentException("unknown setting " + setting);
    }

    private static void describe(ProtocolRun r, StringBuilder text) {
        for (Metric m : r.measurements().metrics())
            text.append(m.name()).append('=').append(Long.toHexString(Double.doubleToRawLongBits(r.get(m)))).append('\n');
        text.append("violations=").append(r.violations()).append('\n');
        text.append("messages=").append(new TreeMap<>(r.messagesByKind())).append('\n');
        if (r.hasHistory())
            for (HistoryEvent e : r.history().events())
                text.append(e).append(" @").append(Long.toHexString(Double.doubleToRawLongBits(e.time()))).append('\n');
    }

    private static String fingerprint(CharSequence text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
