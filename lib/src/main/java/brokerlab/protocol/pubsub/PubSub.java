package brokerlab.protocol.pubsub;

import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.replication.PrimaryBackup;
import brokerlab.util.Check;

/**
 * Fault-tolerant publish/subscribe as a {@link Model}: one topic on a primary-backup broker whose primary a
 * ZooKeeper-style ensemble of 3 or 5 servers appoints, a producer and {@code subscribers} subscribers that follow
 * the primary across failovers (see {@code PubSubCluster} and {@code Ensemble}). Runs through
 * {@link brokerlab.experiment.Experiment} and {@link brokerlab.experiment.Sweep} like every model.
 * <pre>{@code
 * var t = Topology.ONE_DATACENTRE;
 * PubSub m = PubSub.of(ProtocolSettings.of(t, 3, PrimaryBackup.defaultTimeouts(t)).clientRate(200))
 *         .fault(FailoverFault.of(FailoverFault.Kind.PRIMARY_CRASH, 2000, Double.POSITIVE_INFINITY));
 * Estimates<PubSubRun> e = Experiment.of(m).replications(10).seed(42).run();
 * e.get(PubSubRun.LOST);        // 0: synchronous replication with fencing loses nothing
 * e.get(PubSubRun.FAILOVER);    // about the session timeout plus a lookup
 * }</pre>
 *
 * @param settings        brokers ({@code nodes}), topology, disks, producer rate, timers ({@code election} is the
 *                        session timeout, {@code heartbeat} the ping interval, {@code client} the producer's and the
 *                        subscribers' timeout), drain
 * @param ensemble        coordination servers: 3 or 5
 * @param subscribers     subscribers, at least 1
 * @param synchronous     acknowledge after every in-sync backup (true) or after the primary alone (false)
 * @param fencing         the correct fencing rule: broker epochs checked by backups, a primary lease, in-sync-set
 *                        changes only through the ensemble's conditional write; false switches all three off
 * @param idempotent      the brokers store a producer's message once whatever its retries (Kafka's idempotent
 *                        producer): a retry of a message already in the log is acknowledged, not appended again
 * @param shipInterval    asynchronous replication: ms between shipments to the backups
 * @param ensembleTimeout ms an ensemble follower waits for its leader before it stands (drawn from [T, 2T])
 * @param poll            ms between a subscriber's empty fetches, and the producer's back-off after NotPrimary
 * @param fault           the fault injected
 */
public record PubSub(ProtocolSettings settings, int ensemble, int subscribers, boolean synchronous, boolean fencing,
                     boolean idempotent, double shipInterval, double ensembleTimeout, double poll, FailoverFault fault) implements Model<PubSubRun> {
    public PubSub {
        Check.notNull("settings", settings).crashFaultsOnly("Pub/sub");
        if (ensemble != 3 && ensemble != 5)
            throw Check.fail("ensemble", ensemble, "it must be 3 or 5", "a ZooKeeper ensemble has an odd size; 3 tolerates 1 crash, 5 tolerate 2");
        Check.atLeast("subscribers", subscribers, 1);
        Check.atLeast("nodes", settings.nodes(), 2);
        Check.positive("shipInterval", shipInterval);
        Check.positive("ensembleTimeout", ensembleTimeout);
        Check.positive("poll", poll);
        Check.notNull("fault", fault);
        if (settings.leader() > 0)
            throw Check.fail("leader", settings.leader(), "broker 0 is the first primary", "leave the leader at -1 or 0");
    }

    /** Synchronous, fenced, idempotent, an ensemble of 3 with a timeout of a third of the session timeout, 2 subscribers polling every 5 ms, no fault. */
    public static PubSub of(ProtocolSettings settings) {
        Check.notNull("settings", settings);
        return new PubSub(settings, 3, 2, true, true, true, PrimaryBackup.SHIP_INTERVAL, settings.timeouts().election() / 3, 5,
                FailoverFault.none());
    }

    /** Three brokers in one datacentre with primary-backup's default timers, 200 messages/s and a 2 s drain. */
    public static PubSub defaults() {
        var t = Topology.ONE_DATACENTRE;
        return of(ProtocolSettings.of(t, 3, PrimaryBackup.defaultTimeouts(t)).clientRate(200).drain(2000));
    }

    public PubSub synchronous(boolean on) { return new PubSub(settings, ensemble, subscribers, on, fencing, idempotent, shipInterval, ensembleTimeout, poll, fault); }
    public PubSub fencing(boolean on) { return new PubSub(settings, ensemble, subscribers, synchronous, on, idempotent, shipInterval, ensembleTimeout, poll, fault); }
    public PubSub idempotent(boolean on) { return new PubSub(settings, ensemble, subscribers, synchronous, fencing, on, shipInterval, ensembleTimeout, poll, fault); }
    public PubSub fault(FailoverFault f) { return new PubSub(settings, ensemble, subscribers, synchronous, fencing, idempotent, shipInterval, ensembleTimeout, poll, f); }
    public PubSub ensemble(int size) { return new PubSub(settings, size, subscribers, synchronous, fencing, idempotent, shipInterval, ensembleTimeout, poll, fault); }
    public PubSub subscribers(int k) { return new PubSub(settings, ensemble, k, synchronous, fencing, idempotent, shipInterval, ensembleTimeout, poll, fault); }
    public PubSub settings(ProtocolSettings s) { return new PubSub(s, ensemble, subscribers, synchronous, fencing, idempotent, shipInterval, ensembleTimeout, poll, fault); }

    /** The session timeout, with pings every third of it; the ensemble's timeout stays. */
    public PubSub sessionTimeout(double ms) {
        Check.positive("sessionTimeout", ms);
        var t = settings.timeouts();
        // heartbeat below election at every step: lengthen the timeout before the pings, shorten it after them
        t = ms >= t.election() ? t.withElection(ms).withHeartbeat(ms / 3) : t.withHeartbeat(ms / 3).withElection(ms);
        return settings(settings.timeouts(t));
    }

    @Override public PubSubRun run(RunLength length, long seed, int replication) {
        var cluster = new PubSubCluster(this, null, seed, replication);
        var producer = cluster.run(length);
        return PubSubRun.of(cluster.tally, producer);
    }

    /** Five seconds of producer traffic, no warm-up. */
    @Override public RunLength defaultLength() {
        return RunLength.time(0, 5_000);
    }

    @Override public String describe() {
        return "pub/sub " + (synchronous ? "sync" : "async") + (fencing ? ", fenced" : ", unfenced")
                + (idempotent ? "" : ", non-idempotent") + ", " + settings.nodes()
                + " brokers, ensemble of " + ensemble + ", " + fault.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
