package brokerlab.sim;

/**
 * Receives the primitive events of a model: a small integer {@code type} (arrival, departure, ...) and an
 * integer {@code payload} (a server index, a job slot...). A model implements this once and switches on type;
 * no event object is allocated on the hot path.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(int type, int payload);
}
