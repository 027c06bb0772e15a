package brokerlab.control;

import brokerlab.notebook.NotebookEnv;
import brokerlab.util.Check;

/**
 * How much simulation one background run may spend: replications of {@code customers} measured messages for a
 * station, {@code horizon} seconds for a tandem line, {@code protocolMillis} of client load for a replication
 * protocol; the same {@code seed} everywhere, so moving a control and moving it back gives the same numbers.
 */
public record RunBudget(long customers, int replications, double horizon, double protocolMillis, long seed) {

    public RunBudget {
        Check.atLeast("customers", customers, 2L);
        Check.atLeast("replications", replications, 2);
        Check.positive("horizon", horizon);
        Check.positive("protocolMillis", protocolMillis);
    }

    /** Interactive sizes: about a second per run on one core; shorter in fast mode (tests). */
    public static RunBudget notebook(long seed) {
        return new RunBudget(NotebookEnv.runLength(100_000L, 20_000L), NotebookEnv.runLength(10, 6),
                NotebookEnv.runLength(20_000L, 4_000L), NotebookEnv.runLength(3_000L, 1_000L), seed);
    }
}
