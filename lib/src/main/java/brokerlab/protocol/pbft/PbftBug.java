package brokerlab.protocol.pbft;

/**
 * Bugs planted in PBFT to test its safety checker, each a one-line change (see {@code PbftCluster}).
 * Package-private: only {@code PbftMutants} can switch one on, so no public model runs a broken protocol.
 */
enum PbftBug {
    /** Wrong quorum: replicas prepare with f matching prepares and commit with f + 1 commits (not 2f, 2f + 1). */
    WRONG_QUORUM("quorums of f + 1 instead of 2f + 1"),
    /** Wrong quorum at the client: it accepts a result after f matching replies, not f + 1. */
    CLIENT_QUORUM("client accepts f matching replies"),
    /** Missing digest check: a replica counts prepares for any digest towards its own pre-prepared one. */
    NO_DIGEST_MATCH("prepares counted whatever their digest"),
    /** Missing truncation to the quorum's state: a new primary ignores the prepared certificates it collected. */
    DROP_PREPARED_CERTS("new primary drops prepared certificates"),
    /** Reply before commitment: a replica executes and replies as soon as it is prepared. */
    REPLY_AT_PREPARED("execute and reply when prepared");

    final String description;

    PbftBug(String description) { this.description = description; }
}
