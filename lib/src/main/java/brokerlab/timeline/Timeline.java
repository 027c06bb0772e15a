package brokerlab.timeline;

import brokerlab.protocol.clock.MessageTrace;
import brokerlab.util.Check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded window of a run on the protocol network, for space-time diagrams: one line per process (nodes, then
 * the client endpoint), {@link TimelineEvent}s with vector clocks in time order, and the {@link TimelineMessage}s
 * between them. {@code from} and {@code to} bound the window in ms. Immutable; made by {@link TimelineRecorder}.
 */
public record Timeline(List<String> processNames, List<TimelineEvent> events, List<TimelineMessage> messages,
                       double from, double to) {
    public Timeline {
        processNames = List.copyOf(processNames);
        events = List.copyOf(events);
        messages = List.copyOf(messages);
        Check.atLeast("processes", processNames.size(), 1);
    }

    public int processes() { return processNames.size(); }

    /** Number of events of {@code type}. */
    public long count(TimelineEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    /** Messages that met {@code fate}. */
    public List<TimelineMessage> messages(TimelineMessage.Fate fate) {
        return messages.stream().filter(m -> m.fate() == fate).toList();
    }

    /**
     * The same events as a {@link MessageTrace} (trace event i is timeline event i), so Lamport's happened-before
     * relation can be computed from its definition ({@link brokerlab.protocol.clock.HappenedBefore}) and compared
     * with the vector clocks. A receive whose send lies before the window becomes a local event.
     */
    public MessageTrace trace() {
        MessageTrace.Builder b = MessageTrace.builder(processes());
        Map<Long, Integer> traceId = new HashMap<>();
        for (TimelineEvent e : events) {
            switch (e.type()) {
                case SEND -> traceId.put(e.message(), b.send(e.process(), e.peer()));
                case RECEIVE -> {
                    Integer m = traceId.remove(e.message());
                    if (m == null) b.local(e.process()); else b.receive(m);
                }
                default -> b.local(e.process());
            }
        }
        return b.build();
    }
}
