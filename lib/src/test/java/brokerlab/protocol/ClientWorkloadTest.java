package brokerlab.protocol;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.raft.Raft;
import brokerlab.protocol.replication.PrimaryBackup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientWorkloadTest {
    @Test void recordingTheHistoryOfAWritesOnlyRunChangesNoMeasurement() {
        var s = ProtocolSettings.of(Topology.THREE_ZONES, 3, Raft.defaultTimeouts(Topology.THREE_ZONES));
        ProtocolRun plain = new Raft(s).run(RunLength.time(0, 1000), 7, 0);
        ProtocolRun recorded = new Raft(s.workload(ClientWorkload.WRITES.recordHistory(true))).run(RunLength.time(0, 1000), 7, 0);
        assertNull(plain.history());
        assertEquals(plain.measurements(), recorded.measurements());
        // every committed write is an ok operation of the history
        assertEquals(plain.get(ProtocolRun.COMMITTED_OPS), recorded.history().count(brokerlab.consistency.Operation.Status.OK), 1e-9);
    }

    @Test void operationsBelongToClientsRoundRobin() {
        ClientWorkload w = ClientWorkload.WRITES.clients(4);
        assertEquals(0, w.clientOf(8));
        assertEquals(3, w.clientOf(7));
    }

    @Test void zeroClientsAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClientWorkload.WRITES.clients(0));
        assertTrue(e.getMessage().contains("clients"), e.getMessage());
    }

    @Test void aProtocolWithoutReadsRefusesAReadWorkloadNamingTheModesItOffers() {
        var s = ProtocolSettings.of(Topology.ONE_DATACENTRE, 3, PrimaryBackup.defaultTimeouts(Topology.ONE_DATACENTRE))
                .workload(ClientWorkload.WRITES.reads(0.5, ReadMode.READ_INDEX));
        var e = assertThrows(IllegalArgumentException.class, () -> PrimaryBackup.sync(s));
        assertTrue(e.getMessage().contains("follower") && e.getMessage().contains("lease"), e.getMessage());
    }
}
