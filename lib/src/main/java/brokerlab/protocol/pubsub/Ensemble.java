package brokerlab.protocol.pubsub;

import brokerlab.protocol.net.Network;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A ZooKeeper-style coordination ensemble of 3 or 5 servers (Hunt et al., USENIX ATC 2010; Zab, Junqueira et al.,
 * DSN 2011), reduced to what a primary-backup broker needs: one replicated {@link EnsembleState} and the brokers'
 * sessions.
 * <ul>
 *   <li>Leader election: a follower that hears nothing from its leader for a timeout drawn from [T, 2T] stands in a
 *       new ensemble epoch; a server votes once per epoch, only for a candidate whose accepted state is at least as
 *       new as its own, and not while it still hears a leader. A majority of votes makes a leader, which re-proposes
 *       its state in its own epoch and gives every session a fresh timeout (as ZooKeeper does on a leader change).</li>
 *   <li>Writes: the leader proposes each new state to the followers and counts it committed once a majority
 *       (itself included) accepted it; then it tells every broker ("Appoint"). Followers learn commits from the
 *       leader's heartbeats and answer lookups and pings from that. A leader that stops hearing a majority steps
 *       down.</li>
 *   <li>Sessions: a broker pings the server it is connected to; a follower relays the ping to its leader and
 *       answers only while it has one (a server without a leader drops its clients). The leader expires a session
 *       silent for the session timeout: the broker leaves the live and in-sync sets and, if it was the primary, the
 *       live in-sync broker with the longest log becomes primary of a new broker epoch.</li>
 *   <li>Fencing: a primary's request to shrink the in-sync set is applied only if it names the current broker epoch
 *       and comes from its primary (ZooKeeper's conditional write on a znode version).</li>
 * </ul>
 */
final class Ensemble {
    /** Where the ensemble's answers go: broker {@code broker} learns {@code state} from a pong to its ping sent at {@code pongFor} (its clock), or from an appointment (NaN). */
    interface Brokers {
        void learn(int broker, EnsembleState state, double pongFor);
    }

    private enum Role { LEADER, FOLLOWER, LOOKING }

    private static final int HEADER = 48;

    private final Network net;
    private final Simulator sim;
    private final int first, brokers;
    private final double session, timeout, tick;
    private final RandomStream rng;
    private final Brokers out;
    private final boolean uncleanElection;
    private final Member[] members;
    private long elections;

    private final class Member {
        final int id;
        Role role = Role.FOLLOWER;
        int zabEpoch, votedEpoch, leader, votes;
        EnsembleState accepted, committed;
        double lastHeard;
        long timer = -1;
        // leader only
        EnsembleState working;
        long counter;
        final TreeMap<Long, EnsembleState> proposals = new TreeMap<>();
        final Map<Integer, Long> acks = new HashMap<>();
        final double[] followerSeen, lastTouch;
        final int[] reported;

        Member(int id, EnsembleState initial) {
            this.id = id;
            accepted = committed = initial;
            followerSeen = new double[members.length];
            lastTouch = new double[brokers];
            reported = new int[brokers];
        }
    }

    /**
     * @param first           the endpoint of server 0; servers are {@code first .. first + size - 1}
     * @param brokers         brokers 0 .. brokers - 1 hold sessions
     * @param session         the session timeout (ms)
     * @param timeout         a follower's patience with a silent leader, T (ms); heartbeats every T / 4
     * @param initial         the bootstrapped state, committed everywhere; server 0 leads ensemble epoch 1
     * @param uncleanElection a planted bug: a primary may be chosen outside the in-sync set
     */
    Ensemble(Network net, int first, int size, int brokers, double session, double timeout, RandomStream rng,
             EnsembleState initial, Brokers out, boolean uncleanElection) {
        this.net = net;
        this.sim = net.sim();
        this.first = first;
        this.brokers = brokers;
        this.session = session;
        this.timeout = timeout;
        this.tick = timeout / 4;
        this.rng = rng;
        this.out = out;
        this.uncleanElection = uncleanElection;
        members = new Member[size];
        for (int m = 0; m < size; m++) members[m] = new Member(m, initial);
        for (Member m : members) {
            m.zabEpoch = m.votedEpoch = 1;
            m.leader = 0;
        }
        Member zero = members[0];
        zero.role = Role.LEADER;
        zero.working = initial;
        zero.proposals.put(initial.version(), initial);
    }

    int endpoint(int member) { return first + member; }

    int size() { return members.length; }

    /** Leaderships won after the bootstrap. */
    long elections() { return elections; }

    /** The server that leads now (the newest ensemble epoch among live leaders), or -1. */
    int leader() {
        int best = -1;
        for (Member m : members)
            if (m.role == Role.LEADER && net.isUp(endpoint(m.id)) && (best < 0 || m.zabEpoch > members[best].zabEpoch)) best = m.id;
        return best;
    }

    /** The bootstrap: every server starts its tick; the brokers' sessions start now. */
    void start() {
        for (Member m : members) {
            m.lastHeard = sim.now();
            Arrays.fill(m.followerSeen, sim.now());
            Arrays.fill(m.lastTouch, sim.now());
            schedule(m.id);
            if (m.role != Role.LEADER) arm(m);
        }
    }

    /** A follower's election timer, drawn afresh from [T, 2T] whenever it hears its leader or stands. */
    private void arm(Member me) {
        net.cancel(me.timer);
        me.timer = net.timer(endpoint(me.id), timeout * (1 + rng.nextDouble()), () -> { if (me.role != Role.LEADER) campaign(me); });
    }

    private int majority() { return members.length / 2 + 1; }

    private void schedule(int m) {
        net.timer(endpoint(m), tick, () -> { onTick(members[m]); schedule(m); });
    }

    /** Server {@code m} crashed (its accepted and committed states are on disk; its role is not). */
    void crash(int m) {
        Member me = members[m];
        me.role = Role.LOOKING;
        me.working = null;
        me.proposals.clear();
        me.acks.clear();
    }

    void recover(int m) {
        Member me = members[m];
        me.lastHeard = sim.now();
        schedule(m);
        arm(me);
    }

    // ---- the ensemble's own protocol ----------------------------------------------------------------------

    private void onTick(Member me) {
        double now = sim.now();
        if (me.role == Role.LEADER) {
            int heard = 1;
            for (Member f : members) {
                if (f == me) continue;
                if (now - me.followerSeen[f.id] <= timeout) heard++;
                EnsembleState c = me.committed;
                int ze = me.zabEpoch, from = me.id;
                net.send(endpoint(me.id), endpoint(f.id), "Heartbeat", HEADER, () -> onHeartbeat(members[f.id], from, ze, c));
            }
            if (heard < majority()) { stepDown(me); return; }
            expireSessions(me);
        }
    }

    private void stepDown(Member me) {
        me.role = Role.LOOKING;
        me.lastHeard = sim.now();
        me.working = null;
        me.proposals.clear();
        arm(me);
    }

    private void follow(Member me, int leader, int ze) {
        if (me.role == Role.LEADER && ze > me.zabEpoch) stepDown(me);
        me.zabEpoch = ze;
        me.role = Role.FOLLOWER;
        me.leader = leader;
        me.lastHeard = sim.now();
        arm(me);
    }

    private void onHeartbeat(Member me, int from, int ze, EnsembleState c) {
        if (ze < me.zabEpoch || me.role == Role.LEADER && ze == me.zabEpoch) return;
        follow(me, from, ze);
        if (c.version() > me.committed.version()) me.committed = c;
        if (c.version() > me.accepted.version()) me.accepted = c;
        net.send(endpoint(me.id), endpoint(from), "HeartbeatAck", HEADER, () -> {
            Member l = members[from];
            if (l.role == Role.LEADER && l.zabEpoch == ze) l.followerSeen[me.id] = sim.now();
        });
    }

    private void campaign(Member me) {
        me.zabEpoch++;
        me.votedEpoch = me.zabEpoch;
        me.role = Role.LOOKING;
        me.votes = 1;
        me.lastHeard = sim.now();
        arm(me);
        int ze = me.zabEpoch;
        long version = me.accepted.version();
        for (Member v : members)
            if (v != me) net.send(endpoint(me.id), endpoint(v.id), "VoteRequest", HEADER, () -> onVoteRequest(members[v.id], me.id, ze, version));
    }

    private void onVoteRequest(Member me, int candidate, int ze, long version) {
        boolean hearsLeader = me.role == Role.LEADER || me.role == Role.FOLLOWER && sim.now() - me.lastHeard <= timeout;
        if (hearsLeader || ze < me.zabEpoch) return;
        me.zabEpoch = ze;
        me.role = Role.LOOKING;
        if (me.votedEpoch >= ze || version < me.accepted.version()) return;
        me.votedEpoch = ze;
        me.lastHeard = sim.now();
        net.send(endpoint(me.id), endpoint(candidate), "Vote", HEADER, () -> {
            Member c = members[candidate];
            if (c.role != Role.LOOKING || c.zabEpoch != ze) return;
            if (++c.votes >= majority()) lead(c);
        });
    }

    private void lead(Member me) {
        net.cancel(me.timer);
        me.role = Role.LEADER;
        me.leader = me.id;
        elections++;
        me.counter = 0;
        me.proposals.clear();
        me.acks.clear();
        me.working = me.accepted;
        Arrays.fill(me.followerSeen, sim.now());
        Arrays.fill(me.lastTouch, sim.now());    // every session gets a fresh timeout under a new leader
        propose(me, me.working);
    }

    private void propose(Member me, EnsembleState s) {
        EnsembleState p = s.version(((long) me.zabEpoch << 32) | ++me.counter);
        me.working = p;
        me.accepted = p;
        me.proposals.put(p.version(), p);
        int ze = me.zabEpoch;
        for (Member f : members)
            if (f != me) net.send(endpoint(me.id), endpoint(f.id), "Propose", HEADER, () -> onPropose(members[f.id], me.id, ze, p));
        maybeCommit(me);
    }

    private void onPropose(Member me, int from, int ze, EnsembleState p) {
        if (ze < me.zabEpoch || me.role == Role.LEADER && ze == me.zabEpoch) return;
        follow(me, from, ze);
        if (p.version() > me.accepted.version()) me.accepted = p;
        long v = me.accepted.version();
        net.send(endpoint(me.id), endpoint(from), "Accept", HEADER, () -> {
            Member l = members[from];
            if (l.role != Role.LEADER || l.zabEpoch != ze) return;
            l.acks.merge(me.id, v, Math::max);
            l.followerSeen[me.id] = sim.now();
            maybeCommit(l);
        });
    }

    /** The newest proposal a majority accepted becomes committed, and every broker is told. */
    private void maybeCommit(Member me) {
        List<Long> acked = new ArrayList<>(me.acks.values());
        acked.add(me.working.version());
        if (acked.size() < majority()) return;
        acked.sort(null);
        long v = acked.get(acked.size() - majority());
        var e = me.proposals.floorEntry(v);
        if (e == null || e.getKey() <= me.committed.version()) return;
        me.committed = e.getValue();
        me.proposals.headMap(e.getKey(), false).clear();
        EnsembleState c = me.committed;
        for (int b = 0; b < brokers; b++) {
            int broker = b;
            net.send(endpoint(me.id), b, "Appoint", HEADER, () -> out.learn(broker, c, Double.NaN));
        }
    }

    // ---- sessions -----------------------------------------------------------------------------------------

    private void expireSessions(Member me) {
        for (int b : me.working.live()) {
            if (sim.now() - me.lastTouch[b] <= session) continue;
            EnsembleState s = me.working;
            Set<Integer> live = new HashSet<>(s.live()), isr = new HashSet<>(s.isr());
            live.remove(b);
            if (isr.size() > 1) isr.remove(b);
            s = s.withLive(live).withIsr(isr);
            if (b == s.primary()) s = s.appoint(candidate(me, s));
            propose(me, s);
            return;                       // one change per tick: the set being iterated has changed
        }
    }

    /** The live in-sync broker with the longest log reported in its pings, or -1. */
    private int candidate(Member me, EnsembleState s) {
        int best = -1;
        for (int b : s.live())
            if ((uncleanElection || s.isr().contains(b)) && (best < 0 || me.reported[b] > me.reported[best])) best = b;
        return best;
    }

    private void onTouch(Member me, int b, int length) {
        me.lastTouch[b] = sim.now();
        me.reported[b] = length;
        EnsembleState s = me.working;
        if (s.live().contains(b)) return;
        Set<Integer> live = new HashSet<>(s.live());
        live.add(b);
        s = s.withLive(live);
        if (s.primary() < 0 && (uncleanElection || s.isr().contains(b))) s = s.appoint(b);
        propose(me, s);
    }

    /**
     * A broker's ping, sent at {@code sentAt} on its clock, reaches server {@code m}: the leader touches the session
     * and answers; a follower relays it to its leader. Only the leader answers, so a pong proves the session was
     * alive at the leader after {@code sentAt}, which is what the broker's lease counts from.
     */
    void onPing(int m, int broker, int length, double sentAt) {
        Member me = members[m];
        if (me.role == Role.LEADER) touch(me, broker, length, sentAt);
        else if (me.role == Role.FOLLOWER && sim.now() - me.lastHeard <= timeout) {
            int l = me.leader;
            net.send(endpoint(m), endpoint(l), "Touch", HEADER, () -> { if (members[l].role == Role.LEADER) touch(members[l], broker, length, sentAt); });
        }
    }

    private void touch(Member me, int broker, int length, double sentAt) {
        onTouch(me, broker, length);
        EnsembleState state = me.committed;
        net.send(endpoint(me.id), broker, "SessionPong", HEADER, () -> out.learn(broker, state, sentAt));
    }

    /** The primary of broker epoch {@code epoch} asks server {@code m} to drop {@code backup} from the in-sync set. */
    void onShrink(int m, int primary, int epoch, int backup) {
        Member me = members[m];
        Runnable atLeader = () -> {
            Member l = members[me.role == Role.LEADER ? m : me.leader];
            if (l.role != Role.LEADER) return;
            EnsembleState s = l.working;
            if (s.epoch() != epoch || s.primary() != primary || !s.isr().contains(backup) || s.isr().size() <= 1) return;
            Set<Integer> isr = new HashSet<>(s.isr());
            isr.remove(backup);
            propose(l, s.withIsr(isr));
        };
        if (me.role == Role.LEADER) atLeader.run();
        else if (me.role == Role.FOLLOWER) net.send(endpoint(m), endpoint(me.leader), "IsrShrink", HEADER, atLeader);
    }

    /**
     * The primary of broker epoch {@code epoch} asks server {@code m} to take {@code backup}, caught up, back into the
     * in-sync set: applied only while that primary still leads that epoch and the backup's session is live.
     */
    void onExpand(int m, int primary, int epoch, int backup) {
        Member me = members[m];
        Runnable atLeader = () -> {
            Member l = members[me.role == Role.LEADER ? m : me.leader];
            if (l.role != Role.LEADER) return;
            EnsembleState s = l.working;
            if (s.epoch() != epoch || s.primary() != primary || s.isr().contains(backup) || !s.live().contains(backup)) return;
            Set<Integer> isr = new HashSet<>(s.isr());
            isr.add(backup);
            propose(l, s.withIsr(isr));
        };
        if (me.role == Role.LEADER) atLeader.run();
        else if (me.role == Role.FOLLOWER) net.send(endpoint(m), endpoint(me.leader), "IsrExpand", HEADER, atLeader);
    }

    /** The in-sync set of the newest state a majority committed, as the leader (or, leaderless, server 0) knows it. */
    Set<Integer> inSync() {
        int l = leader();
        return members[l < 0 ? 0 : l].committed.isr();
    }

    /** A client's metadata lookup at server {@code m}: answered from its committed state while it has a leader. */
    void onLookup(int m, Consumer<EnsembleState> reply) {
        Member me = members[m];
        if (me.role == Role.LEADER || me.role == Role.FOLLOWER && sim.now() - me.lastHeard <= timeout) reply.accept(me.committed);
    }
}
