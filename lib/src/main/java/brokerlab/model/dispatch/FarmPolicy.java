package brokerlab.model.dispatch;

/**
 * How a {@link Farm} serves its requests beyond the first copy's placement: a {@link Dispatch} rule (separate
 * queues, work stealing, one shared queue) or {@link Hedging} (duplicates after a delay, on separate queues).
 */
public sealed interface FarmPolicy permits Dispatch, Hedging {
}
