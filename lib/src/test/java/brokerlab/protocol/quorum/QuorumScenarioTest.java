package brokerlab.protocol.quorum;

import brokerlab.consistency.Verdict;
import brokerlab.protocol.net.FaultPlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class QuorumScenarioTest {
    private static final FaultPlan LOSS = FaultPlan.none().loss(0.05);
    private static final FaultPlan PARTITION = FaultPlan.none().partition(1000, 2000, 0, 1);

    @Test
    void overlappingQuorumsWithoutFaultsGiveOneClientALinearizableHistory() {
        // R + W > N and nothing fails: each read's quorum meets the last write's, and with a single client no
        // operation overlaps another, so every read returns the latest write. (With concurrent operations Dynamo's
        // quorums are not linearizable in general: read repair is asynchronous, so a new-old inversion can occur.)
        var one = QuorumScenario.of("one client", QuorumWorkload.of(1, 3, 1500));
        for (int[] q : new int[][]{{3, 2, 2}, {3, 1, 3}, {3, 3, 1}, {5, 3, 3}})
            for (int seed = 0; seed < 10; seed++) {
                QuorumRun r = one.run(QuorumConfig.of(5, q[0], q[1], q[2]), seed, 0);
                assertEquals(Verdict.Outcome.LINEARIZABLE, r.verdict().outcome(), r::summary);
                assertEquals(1.0, r.availability(), r::summary);
                assertTrue(r.okReads() > 50, r::summary);
            }
    }

    @Test
    void overlappingQuorumsNeverReadAValueOverwrittenBeforeTheReadBegan() {
        // one writer per key, many readers, lost messages: a write acknowledged by W replicas is seen by every later
        // quorum of R, and one writer's timestamps only grow, so no read is stale (a regular register)
        var readers = QuorumScenario.of("one writer per key", QuorumWorkload.of(5, 3, 1500).singleWriter(true)).faults(LOSS);
        long reads = 0;
        for (int seed = 0; seed < 10; seed++) {
            QuorumRun r = readers.run(QuorumConfig.of(5, 3, 2, 2), seed, 0);
            assertEquals(0, r.staleReads(), r::summary);
            reads += r.okReads();
        }
        assertTrue(reads > 5000, "only " + reads + " reads checked");
    }

    @Test
    void nonOverlappingQuorumsReadStaleValues() {
        var readers = QuorumScenario.of("one writer per key", QuorumWorkload.of(5, 3, 1500).singleWriter(true)).faults(LOSS);
        long stale = 0, badKeys = 0;
        for (int seed = 0; seed < 5; seed++) {
            QuorumRun r = readers.run(QuorumConfig.of(5, 3, 1, 1), seed, 0);
            stale += r.staleReads();
            badKeys += r.keysNotLinearizable();
        }
        assertTrue(stale > 0, "R + W <= N under 5% loss read no stale value in 5 runs");
        assertTrue(badKeys > 0, "the checker should see what the stale-read count sees");
    }

    @Test
    void lastWriterWinsLosesConcurrentWritesWhileVectorClocksKeepThemAsSiblings() {
        var many = QuorumScenario.of("five writers", QuorumWorkload.of(5, 2, 1500));
        QuorumRun lww = many.run(QuorumConfig.of(5, 3, 2, 2), 1, 0);
        QuorumRun vc = many.run(QuorumConfig.of(5, 3, 2, 2).versioning(Versioning.VECTOR_CLOCKS), 1, 0);
        assertTrue(lww.lostWrites() > 0, lww::summary);
        assertEquals(0, lww.siblingReads());
        assertEquals(0, vc.lostWrites(), vc::summary);
        assertTrue(vc.siblingReads() > 0, vc::summary);
    }

    @Test
    void aSlowClockMakesLastWriterWinsDropLaterWritesEvenWithOverlappingQuorums() {
        // node 1 stamps its writes 100 ms in the past: a write through it after a write through node 0 loses
        var cfg = QuorumConfig.of(3, 3, 2, 2).clockSkew(0, -100, 0);
        var two = QuorumScenario.of("two writers", QuorumWorkload.of(2, 1, 1500));
        QuorumRun skewed = two.run(cfg, 3, 0);
        QuorumRun exact = two.run(QuorumConfig.of(3, 3, 2, 2), 3, 0);
        assertTrue(skewed.staleReads() > 0, skewed::summary);
        assertEquals(Verdict.Outcome.NOT_LINEARIZABLE, skewed.verdict().outcome());
        assertEquals(0, exact.staleReads(), exact::summary);
        assertTrue(skewed.lostWrites() > exact.lostWrites(), () -> skewed.summary() + " vs " + exact.summary());
    }

    @Test
    void sloppyQuorumsStayAvailableThroughAPartitionAtTheCostOfStaleReads() {
        var s = QuorumScenario.of("partition", QuorumWorkload.of(5, 3, 3000)).faults(PARTITION);
        QuorumRun strict = s.run(QuorumConfig.of(5, 3, 2, 2), 4, 0);
        QuorumRun sloppy = s.run(QuorumConfig.of(5, 3, 2, 2).sloppy(true), 4, 0);
        assertTrue(strict.availabilityDuringPartition() < 0.99, strict::summary);
        assertEquals(0, strict.staleReads(), strict::summary);
        assertTrue(sloppy.availabilityDuringPartition() > strict.availabilityDuringPartition(), sloppy::summary);
        assertTrue(sloppy.staleReads() > 0, sloppy::summary);
        assertTrue(sloppy.hintsWritten() > 0 && sloppy.handoffs() > 0, sloppy::summary);
        assertEquals(0, sloppy.pendingHints(), "every hint is handed off once the partition heals");
    }

    @Test
    void sameSeedSameRun() {
        var s = QuorumScenario.of("partition", QuorumWorkload.of(5, 3, 1000)).faults(PARTITION.loss(0.01));
        var cfg = QuorumConfig.of(5, 3, 1, 2).sloppy(true);
        assertEquals(s.run(cfg, 9, 2).summary(), s.run(cfg, 9, 2).summary());
        assertEquals(s.run(cfg, 9, 2).history().events(), s.run(cfg, 9, 2).history().events());
    }

    @Test
    void aTimelineOfTheRequestedWindowComesWithTheRun() {
        var s = QuorumScenario.of("partition", QuorumWorkload.of(5, 3, 1500)).faults(PARTITION);
        QuorumRun r = s.runWithTimeline(QuorumConfig.of(5, 3, 2, 2), 1, 0, 1000, 1010);
        assertNotNull(r.timeline());
        assertFalse(r.timeline().events().isEmpty());
        assertTrue(r.timeline().messages().stream().anyMatch(m -> "partition".equals(m.dropReason())));
        assertEquals(r.summary(), s.run(QuorumConfig.of(5, 3, 2, 2), 1, 0).summary(), "recording does not change the run");
    }

    @Test
    void rejectsQuorumsLargerThanTheReplicaCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> QuorumConfig.of(5, 3, 4, 1));
        assertEquals("readQuorum = 4 is invalid: R must be <= N (3); a read can hear from at most N replicas", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> QuorumScenario.of("x", QuorumWorkload.of(2, 1, 100))
                .faults(FaultPlan.none().crash(7, 10)).run(QuorumConfig.of(5, 3, 2, 2), 1, 0));
        assertTrue(f.getMessage().contains("servers below 5"), f.getMessage());
    }
}
