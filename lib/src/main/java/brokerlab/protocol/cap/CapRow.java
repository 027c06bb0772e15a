package brokerlab.protocol.cap;

import brokerlab.util.Check;

/**
 * One system and one side of the partition in the CAP comparison ({@link CapStudy}), over its runs.
 *
 * @param system           e.g. {@code raft (read-index)}, {@code quorum N=3 R=2 W=2 strict}
 * @param side             where the clients counted sit: {@code minority} (with servers 0 and 1) or {@code majority}
 * @param runs             runs
 * @param availability     fraction of the operations these clients invoked during the partition that were answered
 *                         ok within the deadline
 * @param staleRate        stale reads over ok reads, all clients, whole run ({@link brokerlab.consistency.StaleReads})
 * @param notLinearizable  runs whose whole history the checker rejected
 * @param unknown          runs the checker could not decide within budget
 */
public record CapRow(String system, String side, int runs, double availability, double staleRate, int notLinearizable,
                     int unknown) {
    public CapRow {
        Check.notNull("system", system);
        Check.notNull("side", side);
        Check.atLeast("runs", runs, 1);
        if (notLinearizable < 0 || unknown < 0 || notLinearizable + unknown > runs)
            throw Check.fail("notLinearizable", notLinearizable, "rejected plus unknown runs must lie in [0, runs = " + runs + "]", "count each run once");
    }
}
