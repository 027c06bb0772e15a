package brokerlab.protocol.raft;

import brokerlab.protocol.ReadMode;
import brokerlab.protocol.net.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Raft server, following Figure 2 of Ongaro and Ousterhout (2014). Persistent state: currentTerm and
 * votedFor (every forced write records them as they were when it was issued; a vote is sent only after one) and
 * the log, of which only the prefix covered by a completed fsync survives a crash; a crash that takes the disk
 * leaves nothing.
 * A follower acknowledges AppendEntries only after its fsync; a heartbeat's acknowledgement never claims more
 * than the durable prefix, so a committed entry is always on the disks of a majority.
 * Replication is pipelined (nextIndex advances when sent, as in etcd's replicate state) and falls back to the
 * consistency-check repair of section 5.3 on a rejection or a retransmission timeout (one heartbeat).
 *
 * <p>Reads: through the log (an entry like a write), with ReadIndex or a lease ({@link RaftReads}), or from a
 * follower's own state. With leases a server that heard from a leader less than an election timeout ago (on its
 * own clock) ignores RequestVote, as does a leader (thesis section 6.4.1, etcd's CheckQuorum): that is what makes
 * the leader's lease a promise.
 *
 * <p>The server runs inside a {@link RaftHost}: index {@code id} among its peers, network endpoint {@code ep}.
 */
final class RaftServer {
    enum Role { FOLLOWER, CANDIDATE, LEADER }

    static final int HEADER = 48, ENTRY = 128;
    /** An answer's kind, built once: a fresh {@code kind + "Response"} per message was a new string hashed again in
     *  the network's per-kind counters, on the hottest path of a run. */
    private static final String APPEND_RESPONSE = "AppendEntriesResponse", HEARTBEAT_RESPONSE = "HeartbeatResponse";

    final int id, ep;
    private final RaftHost c;
    private final Network net;
    private final RaftBug bug;
    int term, votedFor = -1;
    private int durableTerm, durableVotedFor = -1;
    final List<Entry> log = new ArrayList<>();
    private int durableLen, truncEpoch;
    Role role = Role.FOLLOWER;
    int leaderId = -1, commitIndex, lastApplied;
    private int[] nextIndex, matchIndex;
    private double[] lastSent;
    private Set<Integer> votes = new HashSet<>();

    /** The servers that voted for this one in its latest candidacy (itself included). */
    Set<Integer> votes() { return votes; }
    private final Map<Integer, Double> appendTime = new HashMap<>();
    private long electionTimer = -1;
    private double heardFromLeader = Double.NEGATIVE_INFINITY;      // local clock
    private final RaftReads reads;

    RaftServer(int id, RaftHost c) {
        this.id = id;
        this.c = c;
        this.ep = c.endpoint(id);
        this.net = c.network();
        this.bug = c.bug();
        this.reads = new RaftReads(this, c);
    }

    int lastIndex() { return log.size(); }
    int termAt(int i) { return i == 0 ? 0 : log.get(i - 1).term(); }
    int majority() { return bug == RaftBug.WRONG_QUORUM ? c.size() / 2 : c.size() / 2 + 1; }
    boolean isLeader() { return role == Role.LEADER; }

    /** The leader has committed an entry of its own term, so its state machine holds every committed entry. */
    boolean committedInTerm() { return commitIndex > 0 && termAt(commitIndex) == term; }

    private int to(int j) { return c.endpoint(j); }

    void crash() {
        if (net.diskLost(id)) { durableLen = 0; durableTerm = 0; durableVotedFor = -1; }
        truncate(durableLen + 1);
        term = durableTerm;
        votedFor = bug == RaftBug.VOTE_NOT_DURABLE ? -1 : durableVotedFor;
        role = Role.FOLLOWER;
        leaderId = -1;
        commitIndex = 0;
        lastApplied = 0;
        electionTimer = -1;
        heardFromLeader = Double.NEGATIVE_INFINITY;
        reads.stepDown();
    }

    void resetElectionTimer() {
        net.cancel(electionTimer);
        double t = c.timeouts().election() + c.timeouts().electionRange() * c.timers().nextDouble();
        electionTimer = net.timer(ep, t, this::startElection);
    }

    /** Leader placement and scripted scenarios: this server's election timer fires after {@code delay} ms. */
    void campaignAfter(double delay) {
        net.cancel(electionTimer);
        electionTimer = net.timer(ep, delay, this::startElection);
    }

    private void startElection() {
        if (role == Role.LEADER) return;
        term++;
        votedFor = id;
        role = Role.CANDIDATE;
        leaderId = -1;
        votes = new HashSet<>(Set.of(id));
        c.onCandidate(term);
        c.availabilityChanged();
        resetElectionTimer();
        int t = term, li = lastIndex(), lt = termAt(li);
        fsync(() -> {
            if (role != Role.CANDIDATE || term != t) return;
            if (votes.size() >= majority()) { becomeLeader(); return; }
            net.countRound();
            for (int j = 0; j < c.size(); j++)
                if (j != id) { int to = j; net.send(ep, to(to), "RequestVote", HEADER, () -> c.server(to).onRequestVote(id, t, li, lt)); }
        });
    }

    void onRequestVote(int from, int cTerm, int lastIdx, int lastTerm) {
        if (leaseSticky() && (role == Role.LEADER || net.clock(ep) - heardFromLeader < c.timeouts().election())) return;
        if (cTerm > term) stepDown(cTerm);
        boolean upToDate = lastTerm > termAt(lastIndex()) || (lastTerm == termAt(lastIndex()) && lastIdx >= lastIndex())
                || bug == RaftBug.NO_UP_TO_DATE_CHECK;
        boolean grant = cTerm == term && (votedFor == -1 || votedFor == from) && upToDate;
        int t = term;
        if (grant) {
            votedFor = from;
            resetElectionTimer();
            fsync(() -> net.send(ep, to(from), "RequestVoteResponse", HEADER, () -> c.server(from).onVote(id, t, true)));
        } else {
            net.send(ep, to(from), "RequestVoteResponse", HEADER, () -> c.server(from).onVote(id, t, false));
        }
    }

    /** Leases are in use: followers that heard from a leader recently, and leaders, refuse to vote. */
    private boolean leaseSticky() {
        return c.workload().hasReads() && c.workload().readMode() == ReadMode.LEASE;
    }

    void onVote(int from, int vTerm, boolean granted) {
        if (vTerm > term) { stepDown(vTerm); return; }
        if (role != Role.CANDIDATE || vTerm != term || !granted) return;
        votes.add(from);
        if (votes.size() >= majority()) becomeLeader();
    }

    private void stepDown(int newTerm) {
        if (newTerm > term) { term = newTerm; votedFor = -1; }
        boolean wasLeader = role == Role.LEADER;
        role = Role.FOLLOWER;
        if (wasLeader) reads.stepDown();
        if (wasLeader || electionTimer < 0) resetElectionTimer();
        c.availabilityChanged();
    }

    private void becomeLeader() {
        role = Role.LEADER;
        leaderId = id;
        net.cancel(electionTimer);
        electionTimer = -1;
        nextIndex = new int[c.size()];
        matchIndex = new int[c.size()];
        lastSent = new double[c.size()];
        Arrays.fill(nextIndex, lastIndex() + 1);
        matchIndex[id] = durableLen;
        appendTime.clear();
        reads.lead();
        c.onLeader(this);
        append(Entry.NOOP);
        heartbeat(term);
    }

    private void heartbeat(int t) {
        if (role != Role.LEADER || term != t) return;
        for (int j = 0; j < c.size(); j++) {
            if (j == id) continue;
            if (matchIndex[j] < lastIndex() && net.now() - lastSent[j] >= c.timeouts().heartbeat()) {
                nextIndex[j] = matchIndex[j] + 1;
                replicate(j);
            } else {
                sendAppend(j, matchIndex[j], List.of(), "Heartbeat");
            }
        }
        net.timer(ep, c.timeouts().heartbeat(), () -> heartbeat(t));
    }

    /** A heartbeat to every follower now, whose answers confirm that this server still leads (ReadIndex, leases). */
    void confirmLeadership() {
        if (role != Role.LEADER) return;
        for (int j = 0; j < c.size(); j++) if (j != id) sendAppend(j, matchIndex[j], List.of(), "Heartbeat");
    }

    void onClientRequest(long op) {
        if (role != Role.LEADER) {
            c.redirect(this, op, leaderId);
            return;
        }
        append(op);
    }

    /** A client read: from this server's own state ({@code FOLLOWER}), through the log, or by the leader ({@link RaftReads}). */
    void onClientRead(long op) {
        ReadMode mode = c.workload().readMode();
        if (mode == ReadMode.FOLLOWER) c.readDone(this, op, c.readValue(id, op));
        else if (role != Role.LEADER) c.redirect(this, op, leaderId);
        else if (mode == ReadMode.LOG) append(op);
        else reads.read(op);
    }

    private void append(long op) {
        log.add(new Entry(term, op));
        int index = lastIndex();
        appendTime.put(index, net.now());
        persist(() -> {
            if (role == Role.LEADER) { matchIndex[id] = Math.max(matchIndex[id], durableLen); advanceCommit(); }
        });
        net.countRound();
        for (int j = 0; j < c.size(); j++) if (j != id && nextIndex[j] == index) replicate(j);
        if (c.size() == 1) advanceCommit();
    }

    /** A forced write: currentTerm and votedFor as they are now are durable when {@code done} runs. */
    private void fsync(Runnable done) {
        int t = term, v = votedFor;
        net.fsync(ep, () -> {
            durableTerm = t;
            durableVotedFor = v;
            done.run();
        });
    }

    /** Forced write of the whole in-memory log; {@code done} runs only if no truncation intervened. */
    private void persist(Runnable done) {
        int target = lastIndex(), epoch = truncEpoch;
        fsync(() -> {
            if (epoch != truncEpoch) return;
            durableLen = Math.max(durableLen, target);
            done.run();
        });
    }

    private void truncate(int from) {
        if (from > lastIndex()) return;
        log.subList(from - 1, log.size()).clear();
        durableLen = Math.min(durableLen, from - 1);
        truncEpoch++;
    }

    private void replicate(int j) {
        int from = nextIndex[j], to = (int) Math.min(lastIndex(), from - 1L + c.maxBatch());
        List<Entry> entries = new ArrayList<>(log.subList(from - 1, to));
        nextIndex[j] = to + 1;
        lastSent[j] = net.now();
        sendAppend(j, from - 1, entries, "AppendEntries");
    }

    private void sendAppend(int j, int prev, List<Entry> entries, String kind) {
        int t = term, pt = termAt(prev), lc = commitIndex;
        Stamp st = new Stamp(reads.stamp(), net.clock(ep));
        net.send(ep, to(j), kind, HEADER + ENTRY * entries.size(), () -> c.server(j).onAppend(id, t, prev, pt, entries, lc, kind, st));
    }

    /** An AppendEntries' number and send time on its leader's clock, echoed in the answer (see {@link RaftReads}). */
    record Stamp(long seq, double sentAt) { }

    void onAppend(int from, int lTerm, int prev, int prevTerm, List<Entry> entries, int leaderCommit, String kind, Stamp st) {
        String reply = kind.equals("AppendEntries") ? APPEND_RESPONSE : kind.equals("Heartbeat") ? HEARTBEAT_RESPONSE : kind + "Response";
        if (lTerm < term && bug != RaftBug.NO_TERM_CHECK) { respond(from, reply, false, 0, -1, st); return; }
        if (lTerm > term || role != Role.FOLLOWER) stepDown(lTerm);
        leaderId = from;
        heardFromLeader = net.clock(ep);
        c.availabilityChanged();
        resetElectionTimer();
        if (prev > lastIndex() || termAt(prev) != prevTerm) {
            int hint = Math.min(lastIndex(), prev - 1);
            if (prev <= lastIndex()) { int bad = termAt(prev); while (hint > 0 && termAt(hint) == bad) hint--; }
            respond(from, reply, false, 0, hint, st);
            return;
        }
        int idx = prev;
        for (Entry e : entries) {
            idx++;
            if (idx <= lastIndex() && termAt(idx) != e.term() && bug == RaftBug.NO_TRUNCATION) continue;
            if (idx <= lastIndex() && termAt(idx) != e.term()) truncate(idx);
            if (idx > lastIndex()) log.add(e);
        }
        int newLast = prev + entries.size();
        if (leaderCommit > commitIndex) { commitIndex = Math.max(commitIndex, Math.min(leaderCommit, newLast)); apply(); }
        if (entries.isEmpty()) respond(from, reply, true, Math.min(prev, durableLen), -1, st);
        else if (bug == RaftBug.ACK_BEFORE_FSYNC) { respond(from, reply, true, newLast, -1, st); persist(() -> { }); }
        else persist(() -> respond(from, reply, true, newLast, -1, st));
    }

    private void respond(int leader, String kind, boolean ok, int match, int hint, Stamp st) {
        int t = term;
        net.send(ep, to(leader), kind, HEADER, () -> c.server(leader).onAppendResponse(id, t, ok, match, hint, st));
    }

    void onAppendResponse(int from, int rTerm, boolean ok, int match, int hint, Stamp st) {
        if (rTerm > term) { stepDown(rTerm); return; }
        if (role != Role.LEADER || rTerm != term) return;
        reads.acknowledged(from, st.seq(), st.sentAt());
        if (ok) {
            if (match > matchIndex[from]) {
                matchIndex[from] = match;
                nextIndex[from] = Math.max(nextIndex[from], match + 1);
                advanceCommit();
            }
            if (role == Role.LEADER && nextIndex[from] <= lastIndex() && nextIndex[from] == match + 1) replicate(from);   // the rest of a capped batch
        } else if (hint >= 0) {
            nextIndex[from] = Math.max(matchIndex[from] + 1, Math.min(nextIndex[from], hint + 1));
            replicate(from);
        }
    }

    private void advanceCommit() {
        for (int idx = lastIndex(); idx > commitIndex; idx--) {
            if (termAt(idx) != term && bug != RaftBug.COMMIT_OLD_TERM) break;
            int count = 0;
            for (int j = 0; j < c.size(); j++) if (matchIndex[j] >= idx) count++;
            if (count >= majority()) { commitIndex = idx; apply(); reads.serve(); break; }
        }
    }

    private void apply() {
        while (lastApplied < commitIndex) {
            lastApplied++;
            Entry e = log.get(lastApplied - 1);
            c.onApply(id, lastApplied, e);
            if (role == Role.LEADER && e.term() == term) {
                Double t0 = appendTime.remove(lastApplied);
                c.onCommitted(this, e, t0 == null ? Double.NaN : t0);
            }
        }
    }
}
