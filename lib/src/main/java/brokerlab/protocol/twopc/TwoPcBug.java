package brokerlab.protocol.twopc;

/**
 * Bugs planted in two-phase commit to test its atomicity checker, each a one-line change (see {@code TwoPcCluster}).
 * Package-private: only {@code TwoPcMutants} can switch one on, so no public model runs a broken protocol.
 */
enum TwoPcBug {
    /** Wrong quorum: the coordinator commits on a majority of yes votes instead of all of them. */
    WRONG_QUORUM("commit on a majority of yes votes"),
    /** Missing blocking: an undecided participant aborts alone after one retry interval. */
    UNILATERAL_ABORT("undecided participant aborts alone"),
    /** Ack before persistence: a participant votes yes before forcing its prepared record. */
    VOTE_BEFORE_FSYNC("yes vote before the forced prepared record"),
    /** Ack before persistence: the coordinator announces its decision before forcing it. */
    DECIDE_BEFORE_FSYNC("decision sent before the forced commit record"),
    /** Unsafe recovery rule: a recovering coordinator commits the transactions it had not decided. */
    PRESUME_COMMIT("recovery commits undecided transactions");

    final String description;

    TwoPcBug(String description) { this.description = description; }
}
