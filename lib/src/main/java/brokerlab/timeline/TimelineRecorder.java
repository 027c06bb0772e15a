package brokerlab.timeline;

import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NetworkEvent;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a {@link Network}'s events into a {@link Timeline}, with vector clocks: each process (node or client
 * endpoint) ticks its own counter at every event; a send stamps the message with the sender's clock, and a
 * receive first takes the component-wise maximum with it. Drops end a message without an event at the receiver
 * (it never saw it). Clocks count every event of the run; only events inside the window [{@code from},
 * {@code to}] ms are kept, so a long run can be recorded for a short diagram.
 *
 * <pre>{@code
 * var rec = TimelineRecorder.attach(cluster.network(), 1000, 1100);   // keep 1000-1100 ms
 * cluster.run(...);
 * Figure.timeline("Raft failover", rec.timeline()).image();
 * }</pre>
 */
public final class TimelineRecorder implements NetworkEvent.Listener {
    private record Sent(int from, int to, String kind, double time, int event, int[] clock) { }

    private final Network net;
    private final double from, to;
    private final int n;
    private final int[][] clocks;
    private final List<TimelineEvent> events = new ArrayList<>();
    private final Map<Long, Sent> inFlight = new LinkedHashMap<>();
    private final List<TimelineMessage> finished = new ArrayList<>();

    private TimelineRecorder(Network net, double from, double to) {
        this.net = Check.notNull("net", net);
        Check.nonNegative("from", from);
        if (!(to > from)) throw Check.fail("to", to, "it must be > from = " + from, "pass a window like (1000, 1100) ms");
        this.from = from;
        this.to = to;
        n = net.nodes() + 1;
        clocks = new int[n][n];
    }

    /** Records every event of {@code net} from now on. */
    public static TimelineRecorder attach(Network net) {
        return attach(net, 0, Double.POSITIVE_INFINITY);
    }

    /** Records the events of {@code net} between {@code from} and {@code to} ms. */
    public static TimelineRecorder attach(Network net, double from, double to) {
        TimelineRecorder r = new TimelineRecorder(net, from, to);
        net.observe(r);
        return r;
    }

    /** Stops recording (the network forgets this recorder). */
    public void detach() { net.observe(null); }

    /** A labelled local event on {@code process} now, e.g. a client operation's invoke or reply. */
    public void mark(int process, String label) {
        Check.notNull("label", label);
        if (process < 0 || process >= n) throw Check.fail("process", process, "it must be in [0, " + (n - 1) + "]", "the client endpoint is " + (n - 1));
        local(process, TimelineEvent.Type.MARK, label);
    }

    @Override
    public void on(NetworkEvent e) {
        switch (e.type()) {
            case SEND -> {
                int id = tick(e.node(), e.time(), TimelineEvent.Type.SEND, e.peer(), e.message(), e.kind());
                inFlight.put(e.message(), new Sent(e.node(), e.peer(), e.kind(), e.time(), id, clocks[e.node()].clone()));
            }
            case RECEIVE -> {
                Sent s = inFlight.remove(e.message());
                int[] c = clocks[e.node()];
                if (s != null) for (int i = 0; i < n; i++) c[i] = Math.max(c[i], s.clock()[i]);
                int id = tick(e.node(), e.time(), TimelineEvent.Type.RECEIVE, e.peer(), e.message(), e.kind());
                if (s != null) end(e.message(), s, TimelineMessage.Fate.DELIVERED, e.time(), id, null);
            }
            case DROP -> {
                Sent s = inFlight.remove(e.message());
                if (s != null) end(e.message(), s, TimelineMessage.Fate.DROPPED, e.time(), -1, e.detail());
            }
            case TIMER -> local(e.node(), TimelineEvent.Type.TIMER, "");
            case FSYNC -> local(e.node(), TimelineEvent.Type.FSYNC, "");
            case CRASH -> local(e.node(), TimelineEvent.Type.CRASH, "");
            case RECOVER -> local(e.node(), TimelineEvent.Type.RECOVER, "");
        }
    }

    private void local(int process, TimelineEvent.Type type, String label) {
        tick(process, net.now(), type, -1, -1, label);
    }

    /** Advances the process's clock; stores the event if inside the window and returns its id (-1 if not stored). */
    private int tick(int process, double time, TimelineEvent.Type type, int peer, long message, String label) {
        clocks[process][process]++;
        if (time < from || time > to) return -1;
        TimelineEvent ev = new TimelineEvent(events.size(), process, time, type, peer, message, label == null ? "" : label, clocks[process]);
        events.add(ev);
        return ev.id();
    }

    private void end(long id, Sent s, TimelineMessage.Fate fate, double time, int receiveEvent, String reason) {
        boolean inside = (s.time() >= from && s.time() <= to) || (time >= from && time <= to);
        if (inside) finished.add(new TimelineMessage(id, s.from(), s.to(), s.kind(), s.time(), s.event(), fate, time, receiveEvent, reason));
    }

    /** What was recorded so far: messages still in flight end with fate IN_FLIGHT. */
    public Timeline timeline() {
        List<TimelineMessage> all = new ArrayList<>(finished);
        inFlight.forEach((id, s) -> {
            if (s.time() >= from && s.time() <= to)
                all.add(new TimelineMessage(id, s.from(), s.to(), s.kind(), s.time(), s.event(), TimelineMessage.Fate.IN_FLIGHT, Double.NaN, -1, null));
        });
        all.sort((a, b) -> Long.compare(a.id(), b.id()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) names.add("node " + i);
        names.add("client");
        double end = Double.isInfinite(to) ? Math.max(net.now(), events.isEmpty() ? from : events.get(events.size() - 1).time()) : to;
        return new Timeline(names, events, all, from, end);
    }
}
