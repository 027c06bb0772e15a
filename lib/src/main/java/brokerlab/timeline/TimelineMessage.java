package brokerlab.timeline;

import brokerlab.util.Check;

/**
 * A message of a {@link Timeline}: sent by {@code from} to {@code to} at {@code sendTime} ms, then delivered at
 * {@code endTime} (event {@code receiveEvent}), dropped at {@code endTime} ({@code dropReason}: "lost",
 * "partition", "receiver down", "receiver crashed"), or still in flight when recording stopped ({@code endTime} NaN).
 * {@code sendEvent} and {@code receiveEvent} are event ids in the timeline, -1 when outside its window.
 */
public record TimelineMessage(long id, int from, int to, String kind, double sendTime, int sendEvent,
                              Fate fate, double endTime, int receiveEvent, String dropReason) {
    /** What became of the message. */
    public enum Fate { DELIVERED, DROPPED, IN_FLIGHT }

    public TimelineMessage {
        Check.notNull("kind", kind);
        Check.notNull("fate", fate);
    }
}
