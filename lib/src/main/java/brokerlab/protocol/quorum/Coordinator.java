package brokerlab.protocol.quorum;

import brokerlab.protocol.net.Network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The coordinator's side of gets and puts (Dynamo, section 4.5): send to the key's N home replicas (with sloppy
 * quorums, to the first N it does not suspect, walking further round the ring with hints, and to a suspected home
 * only when no healthy node is left), answer the client once
 * R replies or W acknowledgements are in, suspect replicas silent for {@code replicaTimeout} (and, sloppy, ask
 * fallbacks in their place), give up after {@code requestTimeout}. After a get, once every contacted replica
 * answered or the replica timeout passed, read repair sends the reconciled versions to home replicas that
 * answered with something else.
 */
final class Coordinator {
    static final int HEADER = 48;

    private record Target(int node, int hintFor) { }

    private final QuorumCluster c;
    private final Network net;
    private final QuorumConfig cfg;

    Coordinator(QuorumCluster c) {
        this.c = c;
        net = c.network();
        cfg = c.config();
    }

    private int versionBytes(int count) { return count * (16 + 4 * cfg.nodes()); }

    /** The replicas {@code me} contacts for {@code key}. */
    private List<Target> targets(int me, int key, Set<Integer> used) {
        int[] pref = c.preference(key);
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < cfg.replicas(); i++) {
            int home = pref[i];
            if (!cfg.sloppy() || !c.replica(me).suspects(home, net.now())) {
                out.add(new Target(home, -1));
                used.add(home);
            } else {
                int f = fallback(me, pref, used);
                // with no healthy node left round the ring, trying the suspected home beats giving up
                if (f >= 0) out.add(new Target(f, home));
                else if (used.add(home)) out.add(new Target(home, -1));
            }
        }
        return out;
    }

    /** The next node round the ring beyond the homes that {@code me} neither used nor suspects, or -1. */
    private int fallback(int me, int[] pref, Set<Integer> used) {
        for (int i = cfg.replicas(); i < pref.length; i++) {
            int node = pref[i];
            if (!used.contains(node) && !c.replica(me).suspects(node, net.now())) {
                used.add(node);
                return node;
            }
        }
        return -1;
    }

    void put(int me, int key, Version v, Consumer<StoreReply> done) {
        Set<Integer> used = new HashSet<>(), acked = new HashSet<>();
        List<Target> sent = targets(me, key, used);
        boolean[] replied = {false};
        Consumer<Integer> ack = node -> {
            acked.add(node);
            if (!replied[0] && acked.size() >= cfg.writeQuorum()) {
                replied[0] = true;
                done.accept(new StoreReply(true, List.of(v), v));
            }
        };
        for (Target t : sent) sendPut(me, t, key, v, ack);
        net.timer(me, cfg.replicaTimeout(), () -> {
            List<Target> silent = new ArrayList<>();
            for (Target t : sent) if (!acked.contains(t.node())) silent.add(t);
            for (Target t : silent) c.replica(me).suspect(t.node(), net.now() + cfg.suspicion());
            if (!cfg.sloppy()) return;
            int[] pref = c.preference(key);
            for (Target t : silent) {
                int f = fallback(me, pref, used);
                if (f >= 0) sendPut(me, new Target(f, t.hintFor() >= 0 ? t.hintFor() : t.node()), key, v, ack);
            }
        });
        net.timer(me, cfg.requestTimeout(), () -> {
            if (!replied[0]) { replied[0] = true; done.accept(StoreReply.failed()); }
        });
    }

    private void sendPut(int me, Target t, int key, Version v, Consumer<Integer> ack) {
        if (t.hintFor() >= 0) c.hintsWritten++;
        if (t.node() == me) {
            c.replica(me).store(key, List.of(v), t.hintFor());
            net.fsync(me, () -> ack.accept(me));
            return;
        }
        net.send(me, t.node(), "Put", HEADER + versionBytes(1), () -> {
            c.replica(t.node()).store(key, List.of(v), t.hintFor());
            net.fsync(t.node(), () -> net.send(t.node(), me, "PutAck", HEADER, () -> ack.accept(t.node())));
        });
    }

    /** One get in progress at its coordinator. */
    private final class Read {
        final int me, key;
        final Consumer<StoreReply> done;
        final Set<Integer> used = new HashSet<>();
        final List<Target> asked = new ArrayList<>();
        final Map<Integer, List<Version>> replies = new LinkedHashMap<>();
        boolean replied, repaired;

        Read(int me, int key, Consumer<StoreReply> done) {
            this.me = me;
            this.key = key;
            this.done = done;
        }

        /** Asks the targets; all are listed before any answers, since a local answer arrives at once. */
        void ask(List<Target> targets) {
            asked.addAll(targets);
            for (Target t : targets) send(t.node());
        }

        private void send(int node) {
            if (node == me) { answer(me, c.replica(me).read(key)); return; }
            net.send(me, node, "Get", HEADER, () -> {
                List<Version> held = c.replica(node).read(key);
                net.send(node, me, "GetReply", HEADER + versionBytes(held.size()), () -> answer(node, held));
            });
        }

        void answer(int node, List<Version> held) {
            replies.put(node, held);
            if (!replied && replies.size() >= cfg.readQuorum()) {
                replied = true;
                done.accept(new StoreReply(true, reconcile(replies), null));
            }
            if (replies.size() == asked.size()) repair();
        }

        void replicaTimeout() {
            List<Target> silent = new ArrayList<>();
            for (Target t : asked) if (!replies.containsKey(t.node())) silent.add(t);
            for (Target t : silent) c.replica(me).suspect(t.node(), net.now() + cfg.suspicion());
            if (cfg.sloppy() && !replied) {
                int[] pref = c.preference(key);
                for (Target t : silent) {
                    int f = fallback(me, pref, used);
                    if (f >= 0) ask(List.of(new Target(f, t.node())));
                }
            }
            if (!replies.isEmpty()) repair();
        }

        void requestTimeout() {
            if (!replied) { replied = true; done.accept(StoreReply.failed()); }
            repair();
        }

        void repair() {
            if (repaired || !cfg.readRepair()) return;
            repaired = true;
            readRepair(me, key, replies);
        }
    }

    void get(int me, int key, Consumer<StoreReply> done) {
        Read r = new Read(me, key, done);
        r.ask(targets(me, key, r.used));
        net.timer(me, cfg.replicaTimeout(), r::replicaTimeout);
        net.timer(me, cfg.requestTimeout(), r::requestTimeout);
    }

    private List<Version> reconcile(Map<Integer, List<Version>> replies) {
        List<Version> merged = List.of();
        for (List<Version> v : replies.values()) merged = Siblings.merge(merged, v, cfg.versioning());
        return merged;
    }

    /** Sends the reconciled versions to the home replicas that answered with anything else. */
    private void readRepair(int me, int key, Map<Integer, List<Version>> replies) {
        List<Version> merged = reconcile(replies);
        if (merged.isEmpty()) return;
        Set<Integer> homes = new HashSet<>();
        int[] pref = c.preference(key);
        for (int i = 0; i < cfg.replicas(); i++) homes.add(pref[i]);
        replies.forEach((node, held) -> {
            if (!homes.contains(node) || Siblings.same(held, merged)) return;
            c.readRepairs++;
            if (node == me) c.replica(me).store(key, merged, -1);
            else net.send(me, node, "Repair", HEADER + versionBytes(merged.size()), () -> c.replica(node).store(key, merged, -1));
        });
    }
}
