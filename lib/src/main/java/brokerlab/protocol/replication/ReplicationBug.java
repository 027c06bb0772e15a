package brokerlab.protocol.replication;

/**
 * Bugs planted in synchronous primary-backup to test its lost-write checker, each a one-line change (see
 * {@code ReplicationCluster}). Package-private: only {@code PrimaryBackupMutants} can switch one on, so no public
 * model runs a broken protocol.
 */
enum ReplicationBug {
    /** Wrong quorum: a write is acknowledged once any one in-sync backup has it, not all of them. */
    WRONG_QUORUM("acknowledged after one backup"),
    /** Missing catch-up check: a lagging backup rejoins the in-sync set on its first acknowledgement. */
    EARLY_ISR_JOIN("lagging backup rejoins the in-sync set early"),
    /** Unsafe election: the service may pick a live broker outside the in-sync set. */
    UNCLEAN_ELECTION("primary elected outside the in-sync set"),
    /** Ack before persistence: a backup acknowledges a write before its forced write. */
    ACK_BEFORE_FSYNC("backup acknowledges before the forced write"),
    /** Unsafe commit rule: the primary drops a silent backup from its in-sync set on its own, not through the service. */
    LOCAL_ISR_SHRINK("primary shrinks the in-sync set alone");

    final String description;

    ReplicationBug(String description) { this.description = description; }
}
