package brokerlab.protocol;

/**
 * A run of a protocol whose client must find a leader among n servers (Raft, Multi-Paxos): it learns the first
 * leader when the cold start ends, follows redirects that name a leader, waits half an election timeout when a
 * server knows none, and after a timeout tries the leader it has learned since or else the next server. An
 * operation any server may answer ({@link #anyServer}, e.g. a follower read) goes to server {@code op mod n} and,
 * after each timeout, to the next one, leaving the client's idea of the leader alone. Each client of the
 * workload ({@link ClientWorkload#clients()}) keeps its own idea of the leader.
 */
public abstract class LeaderCluster extends Cluster {
    private final int servers;
    private final int[] guess;    // per client: the server it believes leads

    protected LeaderCluster(ProtocolSettings settings, long seed, int replication) {
        super(settings, settings.nodes(), settings.nodes(), seed, replication);
        this.servers = settings.nodes();
        guess = new int[settings.workload().clients()];
    }

    private int client(long op) {
        return settings.workload().clientOf(op);
    }

    /** Sends client request {@code op} to server {@code target}. */
    protected abstract void sendRequest(long op, int target);

    @Override protected final void onReady(int leader) {
        java.util.Arrays.fill(guess, leader);
    }

    @Override protected final void send(long op) {
        send(op, guess[client(op)]);
    }

    /** True when any server may answer {@code op}, not only the leader; none may by default. */
    protected boolean anyServer(long op) {
        return false;
    }

    /** After a timeout: the leader the client has learned since, or the server after the one that did not answer. */
    @Override protected final void retry(long op) {
        int c = client(op);
        if (anyServer(op)) {
            send(op, guess[c]);
            return;
        }
        int last = lastTarget(op);
        if (guess[c] == last) guess[c] = (last + 1) % servers;
        send(op, guess[c]);
    }

    private void send(long op, int target) {
        if (!pending(op)) return;
        if (anyServer(op)) target = (int) ((op + attempts(op)) % servers);
        sendRequest(op, target);
        sentTo(op, target);
    }

    /** Server {@code from} does not lead; {@code hint} is the leader it knows, or -1. */
    protected final void onRedirect(long op, int from, int hint) {
        if (!pending(op)) return;
        int c = client(op);
        if (hint >= 0 && hint != from) {
            guess[c] = hint;
            send(op, hint);
            rearm(op);
            return;
        }
        // no leader known yet: wait half an election timeout before asking the next server
        guess[c] = (from + 1) % servers;
        hold(op);
        sim.schedule(timeouts.election() / 2, () -> { if (pending(op)) { send(op, guess[c]); rearm(op); } });
    }
}
