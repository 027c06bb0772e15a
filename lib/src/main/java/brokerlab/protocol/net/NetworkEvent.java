package brokerlab.protocol.net;

/**
 * One thing that happened on a {@link Network}, as told to an observer (a timeline recorder): a message sent,
 * received (when the receiver's CPU hands it to the protocol) or dropped (lost, cut by a partition, or killed by a
 * crash), a timer that fired, a forced write that became durable, a crash or a recovery. {@code node} is where it
 * happened (the receiver for RECEIVE and DROP), {@code peer} the other end of a message (-1 otherwise),
 * {@code message} the message's id (its sequence number among sends; -1 for local events), {@code kind} the
 * message kind and {@code detail} why a message was dropped (null otherwise). Times are in ms.
 */
public record NetworkEvent(Type type, double time, int node, int peer, String kind, long message, String detail) {
    /** What happened. */
    public enum Type { SEND, RECEIVE, DROP, TIMER, FSYNC, CRASH, RECOVER }

    /** Told every event as it happens; it must only watch, never change the run. */
    @FunctionalInterface
    public interface Listener {
        void on(NetworkEvent event);
    }
}
