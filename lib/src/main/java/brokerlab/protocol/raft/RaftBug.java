package brokerlab.protocol.raft;

/**
 * Bugs planted in Raft to test its safety checker, each a one-line change (see {@code RaftServer}).
 * Package-private: only {@code RaftMutants} can switch one on, so no public model runs a broken protocol.
 */
enum RaftBug {
    /** Wrong quorum: n / 2 votes or replicas count as a majority. */
    WRONG_QUORUM("quorums of n/2"),
    /** Missing term check: a follower takes AppendEntries from a leader of an older term. */
    NO_TERM_CHECK("follower accepts a stale leader"),
    /** Missing up-to-date check: a server votes for a candidate whose log is behind its own (section 5.4.1). */
    NO_UP_TO_DATE_CHECK("vote without the up-to-date check"),
    /** Missing truncation: a follower keeps its own conflicting entry instead of the leader's and the suffix after it. */
    NO_TRUNCATION("follower keeps conflicting entries"),
    /** Ack before persistence: a follower acknowledges AppendEntries before its forced write. */
    ACK_BEFORE_FSYNC("AppendEntries acknowledged before the forced write"),
    /** Unsafe commit rule: a leader commits an entry of an earlier term by counting replicas (Figure 8). */
    COMMIT_OLD_TERM("older-term entries committed by counting replicas"),
    /** votedFor not durable: a server forgets its vote in a crash and may vote twice in one term. */
    VOTE_NOT_DURABLE("votedFor lost in a crash");

    final String description;

    RaftBug(String description) { this.description = description; }
}
