package brokerlab.model;

/**
 * Which implementation simulates a station.
 *
 * <ul>
 *   <li>{@link #RECURSION}: the event-free Kiefer–Wolfowitz (earliest-free-server) recursion; valid only for FCFS
 *       with identical servers and an infinite buffer, where it is several times faster.</li>
 *   <li>{@link #EVENTS}: the event-driven model on a {@code brokerlab.sim.SlotEventList}; handles everything.</li>
 *   <li>{@link #AUTO}: the recursion where it applies, the events otherwise.</li>
 * </ul>
 * Both implementations draw the same random numbers in the same order, so with the same seed they produce the
 * same per-customer waits (tested).
 */
public enum Engine {
    AUTO,
    EVENTS,
    RECURSION
}
