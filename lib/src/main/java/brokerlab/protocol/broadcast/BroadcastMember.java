package brokerlab.protocol.broadcast;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * One member's delivery layer: it receives each message once (duplicates from retransmission are ignored), holds
 * it back until the {@link DeliveryOrder} allows delivery, and delivers. At each delivery it checks the ground truth
 * first: a causal violation if some message in the delivered one's causal past has not been delivered here yet, a
 * FIFO violation if such a message came from the same sender.
 */
final class BroadcastMember {
    private final int id;
    private final DeliveryOrder order;
    private final List<BroadcastMessage> all;   // every message of the run, by id
    private final int[] delivered;              // messages delivered here from each member
    private final BitSet deliveredIds = new BitSet(), received = new BitSet(), past = new BitSet();
    private final List<BroadcastMessage> held = new ArrayList<>();
    private int seq, maxHeld;
    long causalViolations, fifoViolations;

    BroadcastMember(int id, int members, DeliveryOrder order, List<BroadcastMessage> all) {
        this.id = id;
        this.order = order;
        this.all = all;
        delivered = new int[members];
    }

    /** A new broadcast by this member, delivered to itself at once. */
    BroadcastMessage broadcast(int messageId, double now) {
        int[] clock = delivered.clone();
        clock[id] = ++seq;
        BroadcastMessage m = new BroadcastMessage(messageId, id, seq, clock, (BitSet) past.clone(), now);
        delivered[id] = seq;
        deliveredIds.set(messageId);
        received.set(messageId);
        past.set(messageId);
        return m;
    }

    /** Receives {@code m}; returns the messages this makes deliverable, in delivery order. */
    List<BroadcastMessage> receive(BroadcastMessage m) {
        if (received.get(m.id())) return List.of();
        received.set(m.id());
        held.add(m);
        maxHeld = Math.max(maxHeld, held.size());
        List<BroadcastMessage> out = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<BroadcastMessage> it = held.iterator(); it.hasNext(); ) {
                BroadcastMessage h = it.next();
                if (!deliverable(h)) continue;
                it.remove();
                deliver(h);
                out.add(h);
                progress = true;
            }
        }
        return out;
    }

    private boolean deliverable(BroadcastMessage m) {
        int s = m.sender();
        return switch (order) {
            case UNORDERED -> true;
            case FIFO -> m.seq() == delivered[s] + 1;
            case CAUSAL -> {
                if (m.clock()[s] != delivered[s] + 1) yield false;
                for (int k = 0; k < delivered.length; k++) if (k != s && m.clock()[k] > delivered[k]) yield false;
                yield true;
            }
        };
    }

    private void deliver(BroadcastMessage m) {
        BitSet missing = (BitSet) m.deps().clone();
        missing.andNot(deliveredIds);
        if (!missing.isEmpty()) {
            causalViolations++;
            for (int x = missing.nextSetBit(0); x >= 0; x = missing.nextSetBit(x + 1))
                if (all.get(x).sender() == m.sender()) { fifoViolations++; break; }
        }
        delivered[m.sender()]++;
        deliveredIds.set(m.id());
        past.or(m.deps());
        past.set(m.id());
    }

    int maxHeld() { return maxHeld; }
}
