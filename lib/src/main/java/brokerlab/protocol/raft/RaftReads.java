package brokerlab.protocol.raft;

import brokerlab.protocol.ReadMode;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A Raft leader's reads that bypass the log (Ongaro's thesis, section 6.4). Every AppendEntries the leader sends
 * carries a sequence number and its local send time, and every answer in the leader's term echoes them, so the
 * leader knows the latest message each follower acknowledged.
 * <ul>
 *   <li>ReadIndex: a read waits until a majority (the leader included) acknowledged a message sent after the read
 *       arrived, which proves that no other leader had been elected when the read began, and until the leader has
 *       committed an entry of its own term (so its state holds every committed write); then it is answered from
 *       the leader's state machine. A heartbeat round goes out at once for reads that arrive.</li>
 *   <li>Lease: the leader answers at once while a majority acknowledged a message it sent less than
 *       {@code election / (1 + leaseDrift)} ago on its own clock, because those followers refuse to vote for an
 *       election timeout after hearing from it (see {@link RaftServer}); with an expired lease it falls back to
 *       ReadIndex. The lease is sound only while no clock runs more than {@code 1 + leaseDrift} times as fast as the
 *       leader's.</li>
 * </ul>
 * A leader that steps down forgets its pending reads: their clients time out and retry elsewhere.
 */
final class RaftReads {
    private final RaftServer s;
    private final RaftHost host;
    private long seq;
    private long[] ackedSeq = new long[0];
    private double[] ackedSentAt = new double[0];
    private final ArrayDeque<long[]> pending = new ArrayDeque<>();   // {op, last sequence number sent before it}
    private boolean roundScheduled;

    RaftReads(RaftServer s, RaftHost host) {
        this.s = s;
        this.host = host;
    }

    /** A new leadership: nothing acknowledged, nothing pending. */
    void lead() {
        seq = 0;
        ackedSeq = new long[host.size()];
        ackedSentAt = new double[host.size()];
        Arrays.fill(ackedSentAt, Double.NEGATIVE_INFINITY);
        pending.clear();
        roundScheduled = false;
    }

    void stepDown() {
        pending.clear();
    }

    /** The number of the AppendEntries about to be sent. */
    long stamp() {
        return ++seq;
    }

    /** Follower {@code from} answered, in the leader's term, AppendEntries {@code q} sent at {@code sentAt} (leader's clock). */
    void acknowledged(int from, long q, double sentAt) {
        if (q > ackedSeq[from]) {
            ackedSeq[from] = q;
            ackedSentAt[from] = sentAt;
        }
        serve();
    }

    /** Read {@code op} reached the leader. */
    void read(long op) {
        if (host.workload().readMode() == ReadMode.LEASE && s.committedInTerm() && leaseHolds()) {
            answer(op);
            return;
        }
        pending.add(new long[]{op, seq});
        if (!roundScheduled && host.size() > 1) {
            // reads arriving at the same instant share one heartbeat round
            roundScheduled = true;
            host.network().timer(s.ep, 0, () -> { roundScheduled = false; s.confirmLeadership(); });
        }
        serve();
    }

    /** Answers the pending reads that are confirmed, in arrival order, once an entry of this term is committed. */
    void serve() {
        if (pending.isEmpty() || !s.isLeader() || !s.committedInTerm()) return;
        while (!pending.isEmpty() && confirmed(pending.peek()[1])) answer(pending.poll()[0]);
    }

    private boolean confirmed(long sentBefore) {
        int count = 1;
        for (int j = 0; j < ackedSeq.length; j++) if (j != s.id && ackedSeq[j] > sentBefore) count++;
        return count >= s.majority();
    }

    /** True while a majority acknowledged a message sent less than a lease ago on this leader's clock. */
    private boolean leaseHolds() {
        int others = s.majority() - 1;
        double now = host.network().clock(s.ep);
        if (others == 0) return true;
        double[] sent = new double[ackedSentAt.length - 1];
        for (int j = 0, k = 0; j < ackedSentAt.length; j++) if (j != s.id) sent[k++] = ackedSentAt[j];
        Arrays.sort(sent);
        double start = sent[sent.length - others];    // the others-th most recent acknowledged send
        return now < start + host.timeouts().election() / (1 + host.workload().leaseDrift());
    }

    private void answer(long op) {
        host.readDone(s, op, host.readValue(s.id, op));
    }
}
