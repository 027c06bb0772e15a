package brokerlab.protocol.theory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MessageCountsTest {
    @Test
    void pbftWithFourReplicasSendsTwentyFourReplicaMessages() {
        // pre-prepare 3 + prepare 3*3 + commit 4*3 = 24 = 2*4*3
        assertEquals(3 + 9 + 12, MessageCounts.pbft(4));
    }

    @Test
    void quorumProtocolsAreLinear() {
        assertEquals(8, MessageCounts.raft(5));
        assertEquals(8, MessageCounts.multiPaxos(5));
        assertEquals(12, MessageCounts.twoPhaseCommit(3));
    }
}
