package brokerlab.protocol.clock;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of a message-passing system as a sequence of events in real-time order: each process performs local
 * events, sends and receives (Lamport, "Time, clocks, and the ordering of events", CACM 1978). Build one by
 * hand with {@link #builder} or at random with {@link #random}. Immutable once built.
 */
public final class MessageTrace {
    public enum Type { LOCAL, SEND, RECEIVE }

    /** Event {@code id} (position in the trace) on {@code process}; for send/receive, the peer and message id (-1 otherwise). */
    public record Event(int id, int process, Type type, int peer, int message) { }

    private final int processes;
    private final List<Event> events;
    private final int[] sendOf;

    private MessageTrace(int processes, List<Event> events, int messages) {
        this.processes = processes;
        this.events = List.copyOf(events);
        sendOf = new int[messages];
        for (Event e : events) if (e.type() == Type.SEND) sendOf[e.message()] = e.id();
    }

    public int processes() { return processes; }
    public List<Event> events() { return events; }
    public int size() { return events.size(); }
    public Event event(int id) { return events.get(id); }

    /** The send event of message {@code m}. */
    public int sendOf(int m) { return sendOf[m]; }

    /**
     * A random trace: at each step a random process acts; it sends to a random other process with probability
     * {@code sendProbability}, otherwise receives a random in-flight message addressed to it (any order, not FIFO)
     * with probability 1/2 if one exists, otherwise does a local step. Undelivered messages are dropped at the end.
     */
    public static MessageTrace random(int processes, int events, double sendProbability, RandomStream rng) {
        Check.atLeast("processes", processes, 2);
        Check.atLeast("events", events, 1);
        Check.probability("sendProbability", sendProbability);
        Builder b = builder(processes);
        List<List<Integer>> inbox = new ArrayList<>();
        for (int p = 0; p < processes; p++) inbox.add(new ArrayList<>());
        while (b.events.size() < events) {
            int p = rng.nextInt(processes);
            if (rng.nextDouble() < sendProbability) {
                int q = (p + 1 + rng.nextInt(processes - 1)) % processes;
                inbox.get(q).add(b.send(p, q));
            } else if (!inbox.get(p).isEmpty() && rng.nextBoolean(0.5)) {
                b.receive(inbox.get(p).remove(rng.nextInt(inbox.get(p).size())));
            } else {
                b.local(p);
            }
        }
        return b.build();
    }

    public static Builder builder(int processes) {
        return new Builder(Check.atLeast("processes", processes, 1));
    }

    /** Appends events in real-time order; a receive must follow its send. */
    public static final class Builder {
        private final int processes;
        private final List<Event> events = new ArrayList<>();
        private final List<int[]> messages = new ArrayList<>();    // {from, to, received}

        private Builder(int processes) { this.processes = processes; }

        public Builder local(int p) {
            check(p);
            events.add(new Event(events.size(), p, Type.LOCAL, -1, -1));
            return this;
        }

        /** Records a send from p to q and returns the message id. */
        public int send(int p, int q) {
            check(p);
            check(q);
            int m = messages.size();
            messages.add(new int[]{p, q, 0});
            events.add(new Event(events.size(), p, Type.SEND, q, m));
            return m;
        }

        public Builder receive(int m) {
            if (m < 0 || m >= messages.size()) throw Check.fail("message", m, "it must be the id of a message already sent", null);
            int[] msg = messages.get(m);
            if (msg[2] == 1) throw Check.fail("message", m, "it was already received", "each message is received once");
            msg[2] = 1;
            events.add(new Event(events.size(), msg[1], Type.RECEIVE, msg[0], m));
            return this;
        }

        private void check(int p) {
            if (p < 0 || p >= processes) throw Check.fail("process", p, "it must be in [0, " + (processes - 1) + "]", null);
        }

        public MessageTrace build() { return new MessageTrace(processes, events, messages.size()); }
    }
}
