package brokerlab.protocol.pubsub;

/**
 * Bugs planted in synchronous pub/sub with fencing, each a one-line change (see {@code PubSubCluster} and
 * {@code Ensemble}). Package-private: only {@code PubSubMutants} switches one on.
 */
enum PubSubBug {
    /** No fencing at all: backups take replication from any epoch, no lease, the primary shrinks its in-sync set alone. */
    NO_FENCING("no epochs, no lease, local in-sync-set shrink"),
    /** Wrong quorum: a message is acknowledged once any one backup has it. */
    WRONG_QUORUM("acknowledged after one backup"),
    /** Unsafe election: the ensemble may appoint a live broker outside the in-sync set. */
    UNCLEAN_ELECTION("primary appointed outside the in-sync set"),
    /** No deduplication: a producer's retry of a message the log holds already is appended again. */
    NO_DEDUP("a producer's retry stored twice");

    final String description;

    PubSubBug(String description) { this.description = description; }
}
