package brokerlab.protocol.paxos;

/**
 * Bugs planted in Multi-Paxos to test its safety checker, each a one-line change (see {@code PaxosCluster}).
 * Package-private: only {@link PaxosMutants} can switch one on, so no public model runs a broken protocol.
 */
enum PaxosBug {
    /** Wrong quorum: n / 2 promises and acceptances count as a majority. */
    WRONG_QUORUM("quorums of n/2"),
    /** Missing ballot check: an acceptor accepts a value from a ballot lower than it promised. */
    ACCEPT_LOWER_BALLOT("acceptor accepts a lower ballot"),
    /** Missing ballot check: an acceptor promises a ballot not higher than its promise. */
    PROMISE_LOWER_BALLOT("acceptor promises a lower ballot"),
    /** Missing truncation to the quorum's state: a new leader ignores the values the promises report. */
    IGNORE_PROMISED_VALUES("new leader ignores reported values"),
    /** Ack before persistence: an acceptor answers Accepted before its forced write. */
    ACK_BEFORE_FSYNC("Accepted before the forced write"),
    /** Unsafe commit rule: a learner takes a value accepted in an older ballot as chosen. */
    LEARN_ANY_BALLOT("learner ignores the ballot of a chosen value");

    final String description;

    PaxosBug(String description) { this.description = description; }
}
