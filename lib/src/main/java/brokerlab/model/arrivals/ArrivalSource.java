package brokerlab.model.arrivals;

/**
 * The stateful generator of one run's arrival stream, made by {@link ArrivalProcess#source}: each call to
 * {@link #next()} returns the time from the previous arrival (or from time 0 for the first) to the next one.
 * It owns the process's hidden state (the MMPP phase) and draws from the stream it was given, so one source
 * belongs to one simulation run and is not thread-safe.
 */
@FunctionalInterface
public interface ArrivalSource {
    /** The next inter-arrival time, >= 0; no allocation. */
    double next();
}
