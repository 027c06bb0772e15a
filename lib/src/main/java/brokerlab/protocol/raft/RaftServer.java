package brokerlab.protocol.raft;

import brokerlab.protocol.ReadMode;
import brokerlab.protocol.net.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
    private final AppendTimes appendTime = new AppendTimes();          // by log index: when this leader appended it
    private int singleIndex;                                          // the log index whose one-entry list is singleList
    private List<Entry> singleList = List.of();
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

    /** This server's election action, built once: a method reference per timer reset was an object per message. */
    private final Runnable startElection = this::startElection;

    void resetElectionTimer() {
        double t = c.timeouts().election() + c.timeouts().electionRange() * c.timers().nextDouble();
        // cancel and re-arm in one step: this runs for every AppendEntries and heartbeat a server receives
        electionTimer = net.timer(ep, t, startElection, electionTimer);
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
        persist(ownWriteDone);
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

    /** When the leader's own forced write of its log completes (built once: a closure per client operation). */
    private final Runnable ownWriteDone = this::ownWriteDurable;

    private void ownWriteDurable() {
        if (role == Role.LEADER) { matchIndex[id] = Math.max(matchIndex[id], durableLen); advanceCommit(); }
    }

    /** Forced write of the whole in-memory log; {@code done} runs only if no truncation intervened. */
    private void persist(Runnable done) {
        net.fsync(ep, new LogWrite(done, -1, null, 0, 0, 0));
    }

    /** As {@code persist(() -> respond(leader, reply, true, match, -1, seq, sentAt))}, with one object instead of two. */
    private void persistThenAck(int leader, String reply, int match, long seq, double sentAt) {
        net.fsync(ep, new LogWrite(null, leader, reply, match, seq, sentAt));
    }

    /**
     * A forced write of the whole in-memory log, as {@link #fsync} with the log's length: currentTerm, votedFor and
     * the log as they are now become durable; then, unless a truncation intervened, it runs {@code done} or (when
     * done is null) acknowledges an AppendEntries. One object per write, where closures took two or three (five
     * writes per client operation); an acknowledgement travels as the same object, run a second time at the
     * leader (as {@link #respond} would send it, with the term at the moment of sending).
     */
    private final class LogWrite implements Runnable {
        private final int term = RaftServer.this.term, votedFor = RaftServer.this.votedFor;
        private final int epoch = truncEpoch, target = lastIndex();
        private final Runnable done;
        private final int leader, match;
        private final String reply;
        private final long seq;
        private final double sentAt;
        private boolean answering;               // durable, and sent as the acknowledgement: the next run delivers it
        private int answerTerm;

        LogWrite(Runnable done, int leader, String reply, int match, long seq, double sentAt) {
            this.done = done;
            this.leader = leader;
            this.reply = reply;
            this.match = match;
            this.seq = seq;
            this.sentAt = sentAt;
        }

        @Override public void run() {
            if (answering) {
                c.server(leader).onAppendResponse(id, answerTerm, true, match, -1, seq, sentAt);
                return;
            }
            durableTerm = term;
            durableVotedFor = votedFor;
            if (epoch != truncEpoch) return;
            durableLen = Math.max(durableLen, target);
            if (done != null) {
                done.run();
            } else {
                answerTerm = RaftServer.this.term;
                answering = true;
                net.send(ep, to(leader), reply, HEADER, this);
            }
        }
    }

    private void truncate(int from) {
        if (from > lastIndex()) return;
        log.subList(from - 1, log.size()).clear();
        durableLen = Math.min(durableLen, from - 1);
        truncEpoch++;
    }

    private void replicate(int j) {
        int from = nextIndex[j], to = (int) Math.min(lastIndex(), from - 1L + c.maxBatch());
        // one entry is the steady state (an AppendEntries per client operation): a one-element list, not a
        // sublist view copied into a new ArrayList (three objects per message, JFR allocation samples)
        List<Entry> entries = to == from ? single(from) : new ArrayList<>(log.subList(from - 1, to));
        nextIndex[j] = to + 1;
        lastSent[j] = net.now();
        sendAppend(j, from - 1, entries, "AppendEntries");
    }

    /** The one-entry list of log index i, shared by the AppendEntries that carry just that entry to each follower. */
    private List<Entry> single(int i) {
        Entry e = log.get(i - 1);
        if (singleIndex != i || singleList.get(0) != e) {
            singleIndex = i;
            singleList = List.of(e);
        }
        return singleList;
    }

    private void sendAppend(int j, int prev, List<Entry> entries, String kind) {
        int t = term, pt = termAt(prev), lc = commitIndex;
        // the stamp: this AppendEntries' number and send time on the leader's clock, echoed in the answer (see
        // RaftReads); two primitives carried along rather than a record per message
        long seq = reads.stamp();
        double sentAt = net.clock(ep);
        net.send(ep, to(j), kind, HEADER + ENTRY * entries.size(), () -> c.server(j).onAppend(id, t, prev, pt, entries, lc, kind, seq, sentAt));
    }

    void onAppend(int from, int lTerm, int prev, int prevTerm, List<Entry> entries, int leaderCommit, String kind, long seq, double sentAt) {
        String reply = kind.equals("AppendEntries") ? APPEND_RESPONSE : kind.equals("Heartbeat") ? HEARTBEAT_RESPONSE : kind + "Response";
        if (lTerm < term && bug != RaftBug.NO_TERM_CHECK) { respond(from, reply, false, 0, -1, seq, sentAt); return; }
        if (lTerm > term || role != Role.FOLLOWER) stepDown(lTerm);
        leaderId = from;
        heardFromLeader = net.clock(ep);
        // no availabilityChanged() here: whether a leader exists depends on roles, terms and crashes, and every
        // change of those (stepDown above, elections, crash and recovery) reports itself; this line ran for every
        // AppendEntries and heartbeat a follower received
        resetElectionTimer();
        if (prev > lastIndex() || termAt(prev) != prevTerm) {
            int hint = Math.min(lastIndex(), prev - 1);
            if (prev <= lastIndex()) { int bad = termAt(prev); while (hint > 0 && termAt(hint) == bad) hint--; }
            respond(from, reply, false, 0, hint, seq, sentAt);
            return;
        }
        int idx = prev;
        for (int k = 0; k < entries.size(); k++) {       // indexed: the for-each iterator was an object per message
            Entry e = entries.get(k);
            idx++;
            if (idx <= lastIndex() && termAt(idx) != e.term() && bug == RaftBug.NO_TRUNCATION) continue;
            if (idx <= lastIndex() && termAt(idx) != e.term()) truncate(idx);
            if (idx > lastIndex()) log.add(e);
        }
        int newLast = prev + entries.size();
        if (leaderCommit > commitIndex) { commitIndex = Math.max(commitIndex, Math.min(leaderCommit, newLast)); apply(); }
        if (entries.isEmpty()) respond(from, reply, true, Math.min(prev, durableLen), -1, seq, sentAt);
        else if (bug == RaftBug.ACK_BEFORE_FSYNC) { respond(from, reply, true, newLast, -1, seq, sentAt); persist(() -> { }); }
        else persistThenAck(from, reply, newLast, seq, sentAt);
    }

    private void respond(int leader, String kind, boolean ok, int match, int hint, long seq, double sentAt) {
        int t = term;
        net.send(ep, to(leader), kind, HEADER, () -> c.server(leader).onAppendResponse(id, t, ok, match, hint, seq, sentAt));
    }

    void onAppendResponse(int from, int rTerm, boolean ok, int match, int hint, long seq, double sentAt) {
        if (rTerm > term) { stepDown(rTerm); return; }
        if (role != Role.LEADER || rTerm != term) return;
        reads.acknowledged(from, seq, sentAt);
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
                c.onCommitted(this, e, appendTime.remove(lastApplied));      // NaN if this leader did not append it
            }
        }
    }
}
