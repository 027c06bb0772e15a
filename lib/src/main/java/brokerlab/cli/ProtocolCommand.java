package brokerlab.cli;

import brokerlab.experiment.Estimates;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.experiment.Protocol;
import brokerlab.protocol.experiment.ProtocolExperiment;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Topology;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code protocol}: one replication protocol on one topology, simulated message by message
 * ({@link ProtocolExperiment}), with 95% intervals over independent replications and the order-statistics
 * prediction beside the measured commit latency. Times are milliseconds.
 */
final class ProtocolCommand implements Command {
    @Override public String name() { return "protocol"; }

    @Override public String summary() { return "a replication protocol on a simulated network (Raft, Paxos, PBFT, 2PC, primary-backup)"; }

    @Override public Set<String> options() {
        return Command.ordered("protocol", "topology", "nodes", "faults", "loss", "latency", "rate", "duration",
                "replications", "seed");
    }

    @Override public String help() {
        return """
                usage: brokerlab protocol --protocol NAME --topology NAME [--nodes N] [--faults SPEC] [--loss P]
                         [--latency BASE+JITTER] [--rate OPS] [--duration MS] [--replications R] [--seed S] [--json]

                  --protocol NAME   raft, multi-paxos, pbft, 2pc, primary-backup-sync, primary-backup-async
                  --topology NAME   single-node, one-datacentre, three-zones, three-regions
                  --nodes N         replicas (2pc: participants; pbft: 3f+1); default 3 (pbft 4)
                  --faults SPEC     ';'-separated: crash-leader@T/D (crash the leader at T ms for D ms),
                                    crash:N@T (node N stops at T), recover:N@T/D (node N down from T for D),
                                    partition@S-E/0,1 (nodes 0,1 cut off from S to E ms), byzantine:N[,M] (pbft)
                  --loss P          message loss probability, 0 <= P < 1 (default 0)
                  --latency B+J     replace the topology's links by one-way delay B ms + exponential jitter of mean J
                                    ms (e.g. 30+2); without it, the named topology's measured-style delays
                  --rate OPS        client operations per second (default 100)
                  --duration MS     simulated time per replication (default 5000)
                  --replications R  independent replications, >= 2 (default 10)
                  --seed S          seed (default 1); same seed, same numbers
                  --json            one JSON object: commit latency mean/p50/p99, response mean/p99 (ms), throughput
                                    (ops/s), messages/bytes/rounds per op, elections, unavailable and blocked time, each
                                    with its 95% half-width in ci95, the theory, and the safety-check result
                """;
    }

    @Override
    public int execute(Args args, Io io) {
        // every option is checked, with the command line's names, before the cluster is built or anything runs
        Protocol protocol = protocol(args.required("protocol"));
        Topology topology = args.has("latency") ? latency(args.required("latency")) : topology(args.required("topology"));
        int nodes = args.has("nodes") ? Check.atLeast("--nodes", args.integer("nodes", 3), 1) : protocol.defaultNodes();
        if (protocol == Protocol.PBFT && (nodes < 4 || nodes % 3 != 1)) {
            throw Check.fail("--nodes", nodes, "pbft needs n = 3f + 1 replicas (4, 7, 10, ...)", "e.g. --nodes 4 for f = 1");
        }
        double loss = Check.probabilityBelowOne("--loss", args.number("loss", 0));
        double rate = Check.positive("--rate", args.number("rate", 100));
        double duration = Check.positive("--duration", args.number("duration", 5000));
        int replications = Check.atLeast("--replications", args.integer("replications", 10), 2);
        long seed = args.longValue("seed", 1);
        // two-phase commit numbers its coordinator 0 and the participants 1..n
        int highestNode = protocol == Protocol.TWO_PHASE_COMMIT ? nodes : nodes - 1;
        // PBFT tolerates f = (n - 1) / 3 Byzantine replicas; the crash-fault protocols none
        FaultPlan faults = FaultSpec.parse(args.string("faults", "none"), highestNode,
                protocol == Protocol.PBFT ? (nodes - 1) / 3 : 0).loss(loss);
        Costs.protocol(ResourceBudget.ofThisJvm(), protocol, nodes, rate, duration, replications,
                rate * 5000 >= duration * 100 ? "rate" : "duration");
        ProtocolExperiment e = ProtocolExperiment.of(protocol, topology).nodes(nodes).faults(faults).clientRate(rate)
                .duration(duration).replications(replications).seed(seed);
        // a client operation costs about a thousand station customers (30 us against 25 ns), LongRun's unit:
        // 1000 x rate (per s) x duration (ms) / 1000 x replications
        Estimates<ProtocolRun> r = LongRun.run(e.experiment(), "protocol", io, rate * duration * replications);

        Report report = new Report()
                .field("command", "protocol")
                .field("protocol", protocol.name())
                .field("topology", topology.toString())
                .field("nodes", e.nodes())
                .field("faults", args.string("faults", "none"))
                .field("loss", loss)
                .field("method", "message-level simulation, " + r.replications() + " independent replications, 95% t intervals");
        add(report, "commit_mean_ms", r.get(ProtocolRun.MEAN_COMMIT));
        add(report, "commit_p50_ms", r.get(ProtocolRun.P50_COMMIT));
        add(report, "commit_p99_ms", r.get(ProtocolRun.P99_COMMIT));
        add(report, "response_mean_ms", r.get(ProtocolRun.MEAN_RESPONSE));
        add(report, "response_p99_ms", r.get(ProtocolRun.P99_RESPONSE));
        add(report, "throughput_ops", r.get(ProtocolRun.THROUGHPUT));
        add(report, "messages_per_op", r.get(ProtocolRun.MESSAGES_PER_OP));
        add(report, "bytes_per_op", r.get(ProtocolRun.BYTES_PER_OP));
        add(report, "rounds_per_op", r.get(ProtocolRun.ROUNDS_PER_OP));
        add(report, "elections", r.get(ProtocolRun.ELECTIONS));
        add(report, "unavailable_ms", r.get(ProtocolRun.UNAVAILABLE));
        add(report, "blocked_ms", r.get(ProtocolRun.BLOCKED));
        report.metric("predicted_commit_ms", e.predictedCommit())
                .metric("predicted_messages_per_entry", e.predictedMessagesPerEntry())
                .field("lost_writes", ProtocolRun.total(r.runs(), ProtocolRun.LOST_WRITES))
                .field("duplicates", ProtocolRun.total(r.runs(), ProtocolRun.DUPLICATES))
                .field("safety_violations", ProtocolRun.violations(r.runs()).size())
                .field("replications", r.replications())
                .field("seed", seed);
        return LongRun.finish("protocol", report, r, replications, args, io);
    }

    private static void add(Report report, String key, ConfidenceInterval ci) {
        report.metric(key, ci.estimate(), ci.halfWidth(), null);
    }

    static Protocol protocol(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "raft" -> Protocol.RAFT;
            case "multi-paxos", "paxos" -> Protocol.MULTI_PAXOS;
            case "pbft" -> Protocol.PBFT;
            case "2pc", "two-phase-commit" -> Protocol.TWO_PHASE_COMMIT;
            case "primary-backup-sync" -> Protocol.PRIMARY_BACKUP_SYNC;
            case "primary-backup-async" -> Protocol.PRIMARY_BACKUP_ASYNC;
            default -> throw Check.fail("--protocol", name, "it must be one of raft, multi-paxos, pbft, 2pc, "
                    + "primary-backup-sync, primary-backup-async", "e.g. --protocol raft");
        };
    }

    static Topology topology(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "single-node" -> Topology.SINGLE_NODE;
            case "one-datacentre", "one-datacenter" -> Topology.ONE_DATACENTRE;
            case "three-zones" -> Topology.THREE_ZONES;
            case "three-regions" -> Topology.THREE_REGIONS;
            default -> throw Check.fail("--topology", name, "it must be one of single-node, one-datacentre, three-zones, "
                    + "three-regions", "e.g. --topology three-zones, or give --latency 30+2 for uniform links");
        };
    }

    private static final Pattern LATENCY = Pattern.compile("\\s*([0-9.]+)\\s*(?:\\+\\s*([0-9.]+))?\\s*");

    static Topology latency(String spec) {
        Matcher m = LATENCY.matcher(spec);
        if (!m.matches()) {
            throw Check.fail("--latency", spec, "it must be BASE or BASE+JITTER in ms", "e.g. --latency 30+2");
        }
        double base = Args.parseDouble("latency", m.group(1));
        double jitter = m.group(2) == null ? 0 : Args.parseDouble("latency", m.group(2));
        return Topology.uniform("uniform " + spec.strip() + " ms", LinkDelay.shiftedExponential(base, jitter));
    }
}
