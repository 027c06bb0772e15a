package brokerlab.protocol.cap;

import brokerlab.consistency.Budget;
import brokerlab.protocol.quorum.QuorumConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapStudyTest {
    private static final List<CapRow> ROWS = CapStudy.of(3000).rows(List.of(QuorumConfig.of(5, 3, 2, 2), QuorumConfig.of(5, 3, 2, 2).sloppy(true)), 2, 42);

    private static CapRow row(String system, String side) {
        return ROWS.stream().filter(r -> r.system().startsWith(system) && r.side().equals(side)).findFirst().orElseThrow();
    }

    @Test void raftChoosesConsistencyItsMinorityClientGetsNothingAndNoRunIsRejected() {
        // the minority side holds 2 of 5 servers: no quorum, so no operation can complete there while the cut lasts
        assertEquals(0, row("raft", "minority").availability(), 1e-12);
        for (String side : List.of("minority", "majority")) assertEquals(0, row("raft", side).notLinearizable());
        assertTrue(row("raft", "majority").availability() > 0.5, "the majority elects a new leader: " + row("raft", "majority"));
    }

    @Test void asynchronousPrimaryBackupStaysAvailableOnTheOldPrimarysSideAndLosesWhatItAcknowledged() {
        CapRow pb = row("primary-backup", "minority");
        assertTrue(pb.availability() > 0.3, pb.toString());
        assertTrue(pb.notLinearizable() > 0, pb.toString());
    }

    @Test void strictOverlappingQuorumsAreUnavailableOnTheMinorityButSloppyOnesAnswerThereAndReadStaleData() {
        assertEquals(0, row("quorum N=3 R=2 W=2 strict", "minority").availability(), 1e-12);
        assertEquals(0, row("quorum N=3 R=2 W=2 strict", "minority").notLinearizable());
        CapRow sloppy = row("quorum N=3 R=2 W=2 sloppy", "minority");
        assertTrue(sloppy.availability() > 0.9, sloppy.toString());
        assertTrue(sloppy.notLinearizable() > 0, sloppy.toString());
    }

    @Test void theTableHasOneRowPerSystemAndSide() {
        assertEquals(2 * 2 + 2 * 2, CapStudy.table(ROWS).rowCount());
    }

    @Test void aNonPositiveDeadlineIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CapStudy(3000, 3, 100, 0, Budget.DEFAULT));
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }
}
