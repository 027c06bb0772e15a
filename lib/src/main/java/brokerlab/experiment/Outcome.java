package brokerlab.experiment;

/**
 * What one replication of a {@link Model} measured. The runner only needs the named values; a model's own result
 * type may carry more (per-station results, safety violations, a trace) for the reader who asks for it.
 *
 * <p>Outcomes are {@link java.io.Serializable}: a cluster runner ships them from the executor that ran a
 * replication back to the driver, which must get the same values, sketches included, as a local run. An outcome
 * type's components must therefore be serializable too.
 */
public interface Outcome extends java.io.Serializable {

    /** The values this replication measured, by metric, in a fixed order. */
    Measurements measurements();

    /**
     * True when the per-replication values of {@code metric} may have infinite variance (e.g. the mean wait of a
     * queue with Lomax service of tail index alpha &lt;= 2). {@link Estimates} then reports the median over
     * replications with a distribution-free interval instead of a Student-t interval, which would not be honest.
     */
    default boolean infiniteVariance(Metric metric) {
        return false;
    }

    /**
     * The empirical distribution behind a percentile metric (for {@code p99_response}, this run's responses), or
     * null when the run kept none. When every replication has one, {@link Estimates} reports the pooled percentile
     * (the quantile of the averaged empirical CDF), which short, correlated runs bias much less than the average
     * of per-run percentiles.
     */
    default brokerlab.stats.QuantileSketch sketch(Metric percentile) {
        return null;
    }
}
