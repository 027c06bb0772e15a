package brokerlab.protocol.quorum;

/**
 * How replicas reconcile two versions of a key. {@code LAST_WRITER_WINS} keeps the one with the later coordinator
 * timestamp (Cassandra's rule): simple, one value per key, but a concurrent write, or a later write stamped by a
 * slower clock, silently disappears. {@code VECTOR_CLOCKS} keeps every version no other version descends from
 * (Dynamo, DeCandia et al. 2007, section 4.4): nothing acknowledged is lost, but a read may return several
 * siblings that the client must reconcile.
 */
public enum Versioning { LAST_WRITER_WINS, VECTOR_CLOCKS }
