package brokerlab.cli;

import brokerlab.analytic.GGcK;
import brokerlab.dist.Distribution;
import brokerlab.dist.Erlang;
import brokerlab.dist.MixedErlang;
import brokerlab.model.Discipline;
import brokerlab.model.NetworkFile;
import brokerlab.model.QueueSpec;
import brokerlab.protocol.experiment.Protocol;

/**
 * Each command's cost estimate, checked by {@link ResourceBudget} before the command does any work. The constants are upper
 * bounds measured on this code base (allocation per replication by the JVM's per-thread allocation counter, and
 * peak live heap per operation with a small young generation), with the measurement beside each.
 */
final class Costs {
    private Costs() {}

    /** One shared queue (FcfsEvents: int + double + long per server; FcfsRecursion: one double): 17-23 B measured. */
    static final double BYTES_PER_SHARED_SERVER = 24;
    /** Processor sharing keeps one heap slot per job in service, not per server: 16 B is generous. */
    static final double BYTES_PER_PS_SERVER = 16;
    /** A farm of per-server queues (ServerFarm: a queue and its bookkeeping per server): 505-507 B measured. */
    static final double BYTES_PER_FARM_SERVER = 512;
    /** A waiting job: JobQueue's three parallel arrays (24 B), doubled on growth with the old copy alive (72 B). */
    static final double BYTES_PER_QUEUED_JOB = 72;
    /** A finished replication kept for the estimates (StationRun with its latency sketches): 44-142 KiB measured. */
    static final double BYTES_PER_STATION_RUN = 192 * 1024.0;
    /** A finished network or protocol replication kept (named measurements only). */
    static final double BYTES_PER_SMALL_RUN = 16 * 1024.0;
    /** A running replication's fixed part: recorders, event heap, streams. */
    static final double BYTES_PER_RUNNING = 1 << 20;
    /** One state of the M/M/c/K chain: two double arrays per evaluation (MMcK.stateProbabilities), two alive. */
    static final double BYTES_PER_CHAIN_STATE = 32;
    /** States of the M/M/c/K chain: each evaluation is a pass over them, several per analysis (1e7: a few seconds). */
    static final double MAX_CHAIN_STATES = 1e8;
    /** Steps of Erlang's recursion per evaluation (ErlangB: about 80 ns each on a busy 2-core machine). */
    static final double MAX_ERLANG_STEPS = 5e7;

    /** {@code simulate} of one station (or farm): servers, waiting room and kept replications. */
    static void station(ResourceBudget budget, QueueSpec q, long customers, int replications) {
        long warmup = customers / 10;
        // jsq and least-connections look at every server per arrival, power-of-d at d of them: about 10 ns a look
        // against 25 ns for a whole customer of the FCFS recursion (1.1e9 looks took 11-14 s at c = 10^6)
        double looks = !q.isFarm() ? 0 : q.routing().equals("jsq") || q.routing().equals("least-connections") ? q.servers()
                : q.routing().startsWith("power-of-") ? Math.min(q.servers(), Double.parseDouble(q.routing().substring(9))) : 0;
        int running = budget.concurrent(replications);
        double perServer = q.isFarm() ? BYTES_PER_FARM_SERVER : q.discipline() == Discipline.PS ? BYTES_PER_PS_SERVER : BYTES_PER_SHARED_SERVER;
        // a stable queue stays short; an overloaded one with room K fills it (infinite rooms are refused as unstable)
        double speed = q.speeds() == null ? q.servers() : java.util.Arrays.stream(q.speeds()).sum();
        boolean fills = q.hasCapacity() && q.service().mean() / q.arrival().mean() / speed >= 1;
        double queued = fills ? Math.min(q.capacity(), (double) customers + warmup) : 0;
        double kept = replications * BYTES_PER_STATION_RUN;
        double room = queued * BYTES_PER_QUEUED_JOB;
        ResourceBudget.largestFirst(
                new ResourceBudget.Term(running * q.servers() * perServer, () -> budget.memory("servers", q.servers(), true,
                        c -> running * (BYTES_PER_RUNNING + c * perServer + room) + kept,
                        (long) perServer + " bytes per server per replication running, " + running + " at once")),
                new ResourceBudget.Term(running * room, () -> budget.memory("capacity", q.capacity(), true,
                        k -> running * (BYTES_PER_RUNNING + q.servers() * perServer
                                + (fills ? Math.min(k, (double) customers + warmup) : 0) * BYTES_PER_QUEUED_JOB) + kept,
                        "an overloaded queue fills its room: " + (long) BYTES_PER_QUEUED_JOB + " bytes per waiting job, "
                                + running + " at once")),
                new ResourceBudget.Term(kept, () -> budget.memory("replications", replications, true,
                        r -> Math.min(r, running) * (BYTES_PER_RUNNING + q.servers() * perServer + room) + r * BYTES_PER_STATION_RUN,
                        "about " + ResourceBudget.bytes(BYTES_PER_STATION_RUN) + " kept per finished replication for the pooled percentiles")));
        // then time, once the memory fits (so an oversized --replications is named as such)
        // an Erlang sample sums its phases' exponentials: about 5 ns each, a fifth of a customer
        double phases = phases(q.arrival()) + phases(q.service());
        double perCustomer = Math.max(1, 0.4 * looks + 0.2 * phases);
        String why = (0.4 * looks > 1 ? ", each looking at " + (long) looks + " servers under " + q.routing()
                + " (0.4 customers' work per look)" : "") + (0.2 * phases > 1 ? ", each drawing " + (long) phases
                + " exponential phases (0.2 customers' work each)" : "");
        budget.customers(customers, warmup, replications, perCustomer, why.isEmpty() ? "" : why + ",");
    }

    private static double phases(Distribution d) {
        return d instanceof Erlang e ? e.k() : d instanceof MixedErlang m ? m.phases() : 0;
    }

    /** {@code simulate --model FILE}: every station's servers, kept replications. */
    static void network(ResourceBudget budget, NetworkFile file, long customers, int replications) {
        int running = budget.concurrent(replications);
        double servers = file.stations().stream().mapToDouble(NetworkFile.Node::servers).sum();
        double clients = file.isClosed() ? file.clients().population() : 0;
        budget.memory("replications", replications, true, r -> Math.min(r, running) * (BYTES_PER_RUNNING
                + (servers + clients) * BYTES_PER_FARM_SERVER) + r * BYTES_PER_SMALL_RUN,
                "the model's " + (long) servers + " servers per replication running, " + running + " at once, and "
                        + ResourceBudget.bytes(BYTES_PER_SMALL_RUN) + " per finished replication");
        budget.customers(customers, customers / 10, replications);
    }

    /**
     * {@code analyze}: the M/M/c/K chain's states (memory and passes) or the Erlang recursion's steps, which every
     * method for c servers starts from: min(c, a + 40 sqrt(a) + 300) steps (see ErlangB).
     */
    static void analyze(ResourceBudget budget, GGcK q) {
        if (q.hasCapacity()) {
            ResourceBudget.steps("capacity", q.capacity(), q.capacity() + 1.0, MAX_CHAIN_STATES, "the M/M/c/K chain of --capacity + 1 "
                    + "states is solved by several passes over them; each pass", "use --capacity " + (long) (MAX_CHAIN_STATES - 1)
                    + " or less (a room that large behaves like an infinite one unless the queue is overloaded: drop --capacity)");
            budget.memory("capacity", q.capacity(), true, k -> (k + 1) * BYTES_PER_CHAIN_STATE + BYTES_PER_RUNNING,
                    (long) BYTES_PER_CHAIN_STATE + " bytes per state of the M/M/c/K chain");
            return;
        }
        erlang("servers", q.servers(), q.servers(), q.offeredLoad());
    }

    /**
     * {@code plan}: the search starts near the servers the offered load a = lambda E[S] needs, so the Erlang recursion
     * is budgeted there, and for --method simulate the stations of about a + 1 servers it runs.
     */
    static void plan(ResourceBudget budget, Distribution arrival, Distribution service, int capacity, boolean simulate,
                     long customers, int replications) {
        double a = service.mean() / arrival.mean();
        if (!Double.isFinite(a)) return;                  // the planner refuses it with its own message
        erlang("arrival", arrival.spec(), Math.ceil(a) + 1, a);
        int servers = (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(a) + 1);
        if (simulate) {
            station(budget, new QueueSpec(arrival, service, servers, capacity > 0 ? Math.max(capacity, servers) : 0, null,
                    QueueSpec.SHARED, Discipline.FCFS), customers, replications);
        }
    }

    private static void erlang(String option, Object value, double servers, double load) {
        double steps = Math.min(servers, load + 40 * Math.sqrt(load) + 300);
        ResourceBudget.steps(option, value, steps, MAX_ERLANG_STEPS, String.format(java.util.Locale.ROOT,
                "at an offered load of %s erlangs, each evaluation of Erlang's recursion (which every method for c "
                        + "servers starts from)", Report.number(load)),
                "analyze an offered load lambda E[S] below about " + Report.number(MAX_ERLANG_STEPS * 0.99) + " erlangs");
    }

    /**
     * {@code protocol}: the link matrix ((n + 1)^2 doubles per replication; 8-13 B per n^2 allocated at n = 2000,
     * budgeted 16) and what each client operation leaves
     * behind (replicated log entries, pending requests): measured peak live heap per operation 80-190 B (Raft,
     * primary-backup, 3 nodes), about 1 KiB (Multi-Paxos; Raft at 51 nodes), 11 KiB (2PC at 51), 5.5-111 KiB (PBFT at
     * 4-31: quadratic), and 1-4 KiB when the offered rate overloads the nodes; budgeted as 1 KiB + 256 n B per
     * operation (PBFT: 4 KiB + 128 n^2 B).
     */
    static void protocol(ResourceBudget budget, Protocol protocol, int nodes, double rate, double durationMs, int replications,
                         String heavyOption) {
        int running = budget.concurrent(replications);
        double kept = replications * BYTES_PER_SMALL_RUN;
        double ops = rate * durationMs / 1000;
        double matrix = 16 * (nodes + 2.0) * (nodes + 2);
        double scale = heavyOption.equals("rate") ? rate : durationMs;
        ResourceBudget.largestFirst(
                new ResourceBudget.Term(running * matrix, () -> budget.memory("nodes", nodes, true,
                        n -> running * (BYTES_PER_RUNNING + 16 * (n + 2) * (n + 2) + ops * perOperation(protocol, n)) + kept,
                        "a link matrix of (nodes + 1)^2 delays and " + ResourceBudget.bytes(perOperation(protocol, nodes))
                                + " per client operation per replication running, " + running + " at once")),
                new ResourceBudget.Term(running * ops * perOperation(protocol, nodes), () -> budget.memory(heavyOption, scale, false,
                        x -> running * (BYTES_PER_RUNNING + matrix + ops * (x / scale) * perOperation(protocol, nodes)) + kept,
                        String.format(java.util.Locale.ROOT, "%s client operations per replication (--rate per s times "
                                + "--duration in ms / 1000), %s each, %d replications at once", ResourceBudget.shortNumber(ops, true),
                                ResourceBudget.bytes(perOperation(protocol, nodes)), running))),
                new ResourceBudget.Term(kept, () -> budget.memory("replications", replications, true,
                        r -> Math.min(r, running) * (BYTES_PER_RUNNING + matrix + ops * perOperation(protocol, nodes))
                                + r * BYTES_PER_SMALL_RUN,
                        ResourceBudget.bytes(BYTES_PER_SMALL_RUN) + " per finished replication")));
    }

    private static double perOperation(Protocol protocol, double nodes) {
        return protocol == Protocol.PBFT ? 4096 + 128 * nodes * nodes : 1024 + 256 * nodes;
    }
}
