package brokerlab.protocol.replication;

import brokerlab.util.Check;

/**
 * Primary-backup knobs, times in ms. {@code synchronous}: the primary acknowledges a write after its own forced
 * write and every in-sync backup's; otherwise after its own write only. {@code sessionTimeout}: the coordination
 * service (ZooKeeper-style, Hunt et al. 2010) expires a broker's session after this long without a ping
 * (pings every third of it) and a primary that hears nothing from the service for this long steps down.
 * {@code shipInterval} (asynchronous mode only): how often the primary pushes accumulated writes to backups.
 * Kafka's default session timeout was 6-18 s over the versions; a few seconds is typical for fast failover.
 */
public record ReplicationConfig(boolean synchronous, double sessionTimeout, double clientTimeout, double shipInterval) {
    public ReplicationConfig {
        Check.positive("sessionTimeout", sessionTimeout);
        Check.positive("clientTimeout", clientTimeout);
        Check.positive("shipInterval", shipInterval);
    }

    /** Synchronous, 600 ms session timeout, client retry after 300 ms. */
    public static ReplicationConfig sync() { return new ReplicationConfig(true, 600, 300, 5); }

    /** Asynchronous, shipping every 5 ms (an assumption; Kafka followers fetch continuously, waiting up to 500 ms when idle). */
    public static ReplicationConfig async() { return new ReplicationConfig(false, 600, 300, 5); }

    public double pingInterval() { return sessionTimeout / 3; }
}
